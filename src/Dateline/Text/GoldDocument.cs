using Dateline.Documents;

namespace Dateline.Text;

/// <summary>A document rebuilt from a treebank: its raw text and the gold surface tokens and sentences.</summary>
/// <param name="Text">The rebuilt text.</param>
/// <param name="Tokens">Gold surface tokens in text order.</param>
/// <param name="Sentences">Gold sentence spans in text order.</param>
internal sealed record GoldDocument(string Text, IReadOnlyList<TextSpan> Tokens, IReadOnlyList<TextSpan> Sentences);
