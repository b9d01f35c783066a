using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Text.Unicode;

namespace Dateline.Ingest;

/// <summary>
/// Turns an input's bytes into text. The rule, in order:
/// <list type="number">
/// <item>No bytes: <see cref="InputErrorCodes.Empty"/>.</item>
/// <item>A byte-order mark decides: UTF-8 (<c>EF BB BF</c>), UTF-16 LE (<c>FF FE</c>), UTF-16 BE (<c>FE FF</c>);
/// the mark is removed, and invalid sequences after it are an <see cref="InputErrorCodes.Encoding"/> error.</item>
/// <item>No mark, even length, and in the first 4 KiB at least half of the odd (LE) or even (BE) bytes are NUL
/// while at most 5% of the others are: UTF-16 without a mark.</item>
/// <item>Otherwise any NUL byte means binary (<see cref="InputErrorCodes.Binary"/>).</item>
/// <item>Markup input (not <c>.txt</c>/<c>.jsonl</c>) may declare its encoding in its first 1,024 bytes
/// (<c>&lt;meta charset&gt;</c>, <c>http-equiv</c> content type, or the XML declaration); a declared
/// ISO-8859-1, Latin-1 or US-ASCII is read as Windows-1252 (as browsers do), any other non-UTF-8 name is looked up
/// in the code-page provider, and an unknown name is an <see cref="InputErrorCodes.Encoding"/> error.</item>
/// <item>Undeclared input is UTF-8 when it is valid UTF-8. When it is not: if it also holds at least one valid
/// multi-byte UTF-8 sequence, it is UTF-8 with damage, reported as "invalid UTF-8 at byte N"; otherwise it is
/// single-byte text and is read as Windows-1252.</item>
/// <item>Decoded text in which more than 1 in 100 characters are C0 control characters other than tab, line feed,
/// vertical tab, form feed and carriage return is binary.</item>
/// </list>
/// </summary>
internal static class TextDecoder
{
    private const int SniffBytes = 4096;
    private const int DeclarationBytes = 1024;

    private static readonly Regex MetaCharset = new(
        @"<meta[^>]*?charset\s*=\s*[""']?\s*(?<name>[A-Za-z0-9_:.\-]+)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex XmlDeclaration = new(
        @"^\s*<\?xml[^>]*?encoding\s*=\s*[""'](?<name>[A-Za-z0-9_:.\-]+)[""']",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    static TextDecoder()
    {
        // Registration is idempotent and only adds encodings; it makes Windows-1252 and other code pages available.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    /// <summary>Decodes <paramref name="bytes"/> by the rule above.</summary>
    /// <param name="bytes">The whole input.</param>
    /// <param name="honourDeclaration">True for markup, whose encoding declaration is read.</param>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes, bool honourDeclaration)
    {
        if (bytes.IsEmpty) return DecodedText.Fail(InputErrorCodes.Empty, "the input is empty (0 bytes)");

        var decoded = DecodeByMark(bytes) ?? DecodeUnmarked(bytes, honourDeclaration);
        return decoded.Text is { } text && LooksBinary(text)
            ? DecodedText.Fail(InputErrorCodes.Binary, "the input looks binary (more than 1% control characters)")
            : decoded;
    }

    private static DecodedText? DecodeByMark(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return DecodeUtf8(bytes[3..], 3);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return DecodeUtf16(bytes[2..], bigEndian: false, 2);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return DecodeUtf16(bytes[2..], bigEndian: true, 2);
        return null;
    }

    private static DecodedText DecodeUnmarked(ReadOnlySpan<byte> bytes, bool honourDeclaration)
    {
        if (SniffUtf16(bytes) is { } bigEndian) return DecodeUtf16(bytes, bigEndian, 0);

        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            return DecodedText.Fail(InputErrorCodes.Binary, Invariant($"the input looks binary (NUL byte at byte {nul})"));
        }

        if (honourDeclaration && FindDeclaredEncoding(bytes) is { } declared && !IsUtf8Name(declared))
        {
            return DecodeDeclared(bytes, declared);
        }

        var utf8 = DecodeUtf8(bytes, 0);
        if (utf8.Text != null) return utf8;
        return HasValidMultiByteSequence(bytes) ? utf8 : DecodeWindows1252(bytes);
    }

    /// <summary>True for little-endian, false for big-endian, null when the bytes do not look like BOM-less UTF-16.</summary>
    internal static bool? SniffUtf16(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 2 || bytes.Length % 2 != 0) return null;
        var sample = bytes[..Math.Min(bytes.Length, SniffBytes)];
        int evenZeros = 0, oddZeros = 0, pairs = sample.Length / 2;
        for (var i = 0; i + 1 < sample.Length; i += 2)
        {
            if (sample[i] == 0) evenZeros++;
            if (sample[i + 1] == 0) oddZeros++;
        }
        if (oddZeros * 2 >= pairs && evenZeros * 20 <= pairs) return false;
        if (evenZeros * 2 >= pairs && oddZeros * 20 <= pairs) return true;
        return null;
    }

    private static DecodedText DecodeUtf8(ReadOnlySpan<byte> bytes, int offset)
    {
        var chars = new char[bytes.Length];
        var status = Utf8.ToUtf16(bytes, chars, out var read, out var written, replaceInvalidSequences: false);
        return status == System.Buffers.OperationStatus.Done
            ? DecodedText.Ok(new string(chars, 0, written), "utf-8")
            : DecodedText.Fail(InputErrorCodes.Encoding, Invariant($"invalid UTF-8 at byte {read + offset}"));
    }

    private static DecodedText DecodeUtf16(ReadOnlySpan<byte> bytes, bool bigEndian, int offset)
    {
        var name = bigEndian ? "utf-16BE" : "utf-16LE";
        if (bytes.Length % 2 != 0)
        {
            return DecodedText.Fail(InputErrorCodes.Encoding, Invariant($"{name} input has an odd number of bytes ({bytes.Length + offset})"));
        }
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: false, throwOnInvalidBytes: true);
        try
        {
            return DecodedText.Ok(encoding.GetString(bytes), name);
        }
        catch (DecoderFallbackException e)
        {
            return DecodedText.Fail(InputErrorCodes.Encoding, Invariant($"invalid {name} at byte {e.Index + offset}"));
        }
    }

    private static DecodedText DecodeWindows1252(ReadOnlySpan<byte> bytes) =>
        DecodedText.Ok(Encoding.GetEncoding(1252).GetString(bytes), "windows-1252");

    private static DecodedText DecodeDeclared(ReadOnlySpan<byte> bytes, string declared)
    {
        var name = declared.ToLowerInvariant();
        if (name is "iso-8859-1" or "iso8859-1" or "latin1" or "latin-1" or "l1" or "us-ascii" or "ascii" or "windows-1252" or "cp1252")
        {
            return DecodeWindows1252(bytes);
        }
        if (name.StartsWith("utf-16", StringComparison.Ordinal))
        {
            // A declaration readable as ASCII cannot be in UTF-16; the bytes are what they are.
            var utf8 = DecodeUtf8(bytes, 0);
            return utf8.Text != null || HasValidMultiByteSequence(bytes) ? utf8 : DecodeWindows1252(bytes);
        }
        try
        {
            var encoding = Encoding.GetEncoding(name, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
            return DecodedText.Ok(encoding.GetString(bytes), encoding.WebName);
        }
        catch (DecoderFallbackException e)
        {
            return DecodedText.Fail(InputErrorCodes.Encoding, Invariant($"invalid {declared} at byte {e.Index}"));
        }
        catch (ArgumentException)
        {
            return DecodedText.Fail(InputErrorCodes.Encoding, $"the input declares an unknown encoding '{declared}'");
        }
        catch (NotSupportedException)
        {
            // .NET refuses some known encodings outright (UTF-7 since .NET 5, for safety).
            return DecodedText.Fail(InputErrorCodes.Encoding, $"the input declares an unsupported encoding '{declared}'");
        }
    }

    private static string? FindDeclaredEncoding(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, DeclarationBytes)]);
        var match = XmlDeclaration.Match(head);
        if (!match.Success) match = MetaCharset.Match(head);
        return match.Success ? match.Groups["name"].Value : null;
    }

    private static bool IsUtf8Name(string name) =>
        name.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || name.Equals("utf8", StringComparison.OrdinalIgnoreCase);

    private static bool HasValidMultiByteSequence(ReadOnlySpan<byte> bytes)
    {
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] < 0xC2) continue;
            var status = System.Text.Rune.DecodeFromUtf8(bytes[i..], out _, out var consumed);
            if (status == System.Buffers.OperationStatus.Done && consumed >= 2) return true;
        }
        return false;
    }

    private static bool LooksBinary(string text)
    {
        var controls = 0;
        foreach (var c in text)
        {
            if (c < ' ' && c is not ('\t' or '\n' or '\v' or '\f' or '\r')) controls++;
        }
        return controls * 100L > text.Length;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
