using Dateline.Documents;

namespace Dateline.Extraction.Claims;

/// <summary>The date or window a claim puts its event on.</summary>
/// <param name="Value">The TIMEX3 value from the <c>times</c> layer (<c>2022-02-16</c>).</param>
/// <param name="Span">The time expression in the text.</param>
public sealed record ClaimDate(string Value, TextSpan Span);
