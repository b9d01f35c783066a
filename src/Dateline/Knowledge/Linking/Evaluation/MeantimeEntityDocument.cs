using Dateline.Documents;

namespace Dateline.Knowledge.Linking.Evaluation;

/// <summary>A MEANTIME article: gold tokens and sentences, its creation date and its innermost named mentions.</summary>
internal sealed record MeantimeEntityDocument(
    string Name, string Text, Token[] Tokens, Sentence[] Sentences, DateOnly? CreationDate, IReadOnlyList<GoldMention> Mentions, int AnnotatedSentences);
