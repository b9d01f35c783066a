namespace Dateline.Documents;

/// <summary>
/// A token as a character span. <paramref name="Form"/> is set only where the token's
/// normalized form differs from the text it covers (e.g. <c>'s</c> written with a curly apostrophe
/// keeps <c>’s</c> as its text but may carry <c>'s</c> as its form); otherwise it is null.
/// </summary>
/// <param name="Start">Offset of the first code unit.</param>
/// <param name="End">Offset one past the last code unit.</param>
/// <param name="Form">Normalized form, or null when the text itself is the form.</param>
public readonly record struct Token(int Start, int End, string? Form = null)
{
    /// <summary>The character span of the token.</summary>
    public TextSpan Span => new(Start, End);
}
