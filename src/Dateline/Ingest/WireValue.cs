using Dateline.Documents;

namespace Dateline.Ingest;

/// <summary>A value found in an article's text, and where: <see cref="Value"/> may be normalised (<c>MOSCOW</c> → <c>Moscow</c>), <see cref="Span"/> covers the original characters.</summary>
/// <param name="Value">The value.</param>
/// <param name="Span">The characters it was read from.</param>
public readonly record struct WireValue(string Value, TextSpan Span);
