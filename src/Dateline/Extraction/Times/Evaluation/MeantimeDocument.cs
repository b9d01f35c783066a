using Dateline.Documents;

namespace Dateline.Extraction.Times.Evaluation;

/// <summary>
/// One MEANTIME article: text rebuilt from its tokens (joined by spaces), sentences, creation date, gold TIMEX3s,
/// and the number of leading sentences that were annotated at all (MEANTIME annotates the title, the date line and
/// the first sentences of each article; later sentences carry no markables of any kind).
/// </summary>
internal sealed record MeantimeDocument(string Name, string Text, Token[] Tokens, Sentence[] Sentences, DateOnly? CreationDate,
    IReadOnlyList<GoldTime> Gold, int AnnotatedSentences);

/// <summary>A gold TIMEX3 over tokens <c>[FirstToken, EndToken)</c>.</summary>
internal sealed record GoldTime(int FirstToken, int EndToken, string Type, string Value);
