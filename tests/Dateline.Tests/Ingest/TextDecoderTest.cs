using System.Text;
using Dateline.Ingest;

namespace Dateline.Tests.Ingest;

public class TextDecoderTest
{
    private const string Sample = "Z\u00fcrich \u2014 Stra\u00dfe, caf\u00e9 and na\u00efve.";

    [Fact]
    public void Utf8WithoutBomIsDecodedExactly()
    {
        var decoded = TextDecoder.Decode(Encoding.UTF8.GetBytes(Sample), honourDeclaration: false);

        Assert.Equal(Sample, decoded.Text);
        Assert.Equal("utf-8", decoded.EncodingName);
    }

    [Fact]
    public void Utf8BomIsStripped()
    {
        var decoded = TextDecoder.Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Sample)], honourDeclaration: false);

        Assert.Equal(Sample, decoded.Text);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Utf16WithBomIsDecoded(bool bigEndian)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);

        var decoded = TextDecoder.Decode([.. encoding.GetPreamble(), .. encoding.GetBytes(Sample)], honourDeclaration: false);

        Assert.Equal(Sample, decoded.Text);
    }

    [Theory]
    [InlineData(false, "utf-16LE")]
    [InlineData(true, "utf-16BE")]
    public void Utf16WithoutBomIsDetectedFromNulBytes(bool bigEndian, string name)
    {
        var decoded = TextDecoder.Decode(new UnicodeEncoding(bigEndian, false).GetBytes("Talks resumed in Geneva on Monday."), honourDeclaration: false);

        Assert.Equal("Talks resumed in Geneva on Monday.", decoded.Text);
        Assert.Equal(name, decoded.EncodingName);
    }

    [Fact]
    public void SingleByteTextThatIsNotUtf8IsReadAsWindows1252()
    {
        byte[] bytes = [.. "Caf"u8, 0xE9, .. " prices rose "u8, 0x96, .. " again."u8];

        var decoded = TextDecoder.Decode(bytes, honourDeclaration: false);

        Assert.Equal("Caf\u00e9 prices rose \u2013 again.", decoded.Text);
        Assert.Equal("windows-1252", decoded.EncodingName);
    }

    [Fact]
    public void Utf8MixedWithInvalidBytesIsAnErrorNamingTheByte()
    {
        byte[] bytes = [.. "Caf\u00e9 "u8.ToArray(), .. "ok "u8, 0xFF, .. " end"u8];

        var decoded = TextDecoder.Decode(bytes, honourDeclaration: false);

        Assert.Null(decoded.Text);
        Assert.Equal(InputErrorCodes.Encoding, decoded.ErrorCode);
        Assert.Equal("invalid UTF-8 at byte 9", decoded.ErrorMessage);
    }

    [Fact]
    public void NulBytesOutsideUtf16AreBinary()
    {
        byte[] bytes = [0x89, .. "PNG"u8, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, .. "IHDR"u8, 1, 2, 3];

        var decoded = TextDecoder.Decode(bytes, honourDeclaration: false);

        Assert.Equal(InputErrorCodes.Binary, decoded.ErrorCode);
    }

    [Fact]
    public void ManyControlCharactersAreBinary()
    {
        var decoded = TextDecoder.Decode([.. "header"u8, 0x01, 0x02, 0x03, 0x1B, .. "tail"u8], honourDeclaration: false);

        Assert.Equal(InputErrorCodes.Binary, decoded.ErrorCode);
    }

    [Fact]
    public void DeclaredCharsetIsHonouredOnlyForMarkup()
    {
        var bytes = Encoding.UTF8.GetBytes("<meta charset=\"windows-1252\"><p>Caf\u00e9</p>");

        Assert.Equal("<meta charset=\"windows-1252\"><p>Caf\u00c3\u00a9</p>", TextDecoder.Decode(bytes, honourDeclaration: true).Text);
        Assert.Equal("<meta charset=\"windows-1252\"><p>Caf\u00e9</p>", TextDecoder.Decode(bytes, honourDeclaration: false).Text);
    }

    [Fact]
    public void UnknownDeclaredEncodingIsAnError()
    {
        var decoded = TextDecoder.Decode("<?xml version=\"1.0\" encoding=\"x-klingon\"?><rss/>"u8.ToArray(), honourDeclaration: true);

        Assert.Equal("the input declares an unknown encoding 'x-klingon'", decoded.ErrorMessage);
    }

    [Fact]
    public void RefusedDeclaredEncodingIsAnErrorNotAnException()
    {
        var bytes = Encoding.ASCII.GetBytes("<meta charset=\"utf-7\"><p>Plain words</p>");

        var decoded = TextDecoder.Decode(bytes, honourDeclaration: true);

        Assert.Null(decoded.Text);
        Assert.Equal(InputErrorCodes.Encoding, decoded.ErrorCode);
        Assert.Equal("the input declares an unsupported encoding 'utf-7'", decoded.ErrorMessage);
    }

    [Fact]
    public void EmptyInputIsAnError()
    {
        Assert.Equal(InputErrorCodes.Empty, TextDecoder.Decode([], honourDeclaration: false).ErrorCode);
    }
}
