namespace Dateline.Events;

/// <summary>
/// What earlier sentences of the same document said, for pronoun subjects with no antecedent in their own
/// sentence ("They have also warned Russia"): the actor codes of the last sentence's named (not pronoun) subject.
/// One per document, used in sentence order; not thread-safe.
/// </summary>
public sealed class Discourse
{
    private readonly List<string> _subjects = [];

    /// <summary>The actor codes of the most recent named subject (empty at the start of a document).</summary>
    public IReadOnlyList<string> RecentSubjects => _subjects;

    /// <summary>Records the actor codes of a sentence's named subject; empty when it names no known actor, so a later pronoun is not given an older, wrong antecedent.</summary>
    public void Remember(IReadOnlyList<string> subjectCodes)
    {
        ArgumentNullException.ThrowIfNull(subjectCodes);
        _subjects.Clear();
        _subjects.AddRange(subjectCodes);
    }
}
