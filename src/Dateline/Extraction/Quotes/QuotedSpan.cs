using Dateline.Documents;

namespace Dateline.Extraction.Quotes;

/// <summary>A stretch of text between quotation marks.</summary>
/// <param name="Open">Offset of the opening mark.</param>
/// <param name="Close">Offset one past the closing mark (the paragraph end for a quote left open there).</param>
/// <param name="Content">The quoted words: inside the marks, without edge spaces or a trailing comma.</param>
/// <param name="Single">True for single quotation marks.</param>
/// <param name="Nested">True when the span lies inside another quotation.</param>
internal readonly record struct QuotedSpan(int Open, int Close, TextSpan Content, bool Single, bool Nested);
