namespace Dateline.Knowledge.Dictionaries;

/// <summary>What an issue-file phrase does.</summary>
public enum IssueKind
{
    /// <summary><c>phrase [CODE]</c>: the phrase marks the issue CODE.</summary>
    Code,

    /// <summary><c>~phrase</c>: when found in a sentence, its issues are not coded.</summary>
    IgnoreInSentence,

    /// <summary><c>~~phrase</c>: when found anywhere in the story, its issues are not coded.</summary>
    IgnoreInStory,
}
