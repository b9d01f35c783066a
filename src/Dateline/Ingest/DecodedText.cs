namespace Dateline.Ingest;

/// <summary>The result of decoding an input's bytes: the text and encoding, or the problem.</summary>
/// <param name="Text">The decoded text (BOM removed), or null on failure.</param>
/// <param name="EncodingName">The encoding used (<c>utf-8</c>, <c>utf-16LE</c>, <c>windows-1252</c>…), or null.</param>
/// <param name="ErrorCode">An <see cref="InputErrorCodes"/> value on failure, else null.</param>
/// <param name="ErrorMessage">The problem on failure, else null.</param>
internal sealed record DecodedText(string? Text, string? EncodingName, string? ErrorCode, string? ErrorMessage)
{
    public static DecodedText Ok(string text, string encodingName) => new(text, encodingName, null, null);

    public static DecodedText Fail(string code, string message) => new(null, null, code, message);
}
