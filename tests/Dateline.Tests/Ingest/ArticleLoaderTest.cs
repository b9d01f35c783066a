using System.Text;
using Dateline.Ingest;

namespace Dateline.Tests.Ingest;

public sealed class ArticleLoaderTest : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("dateline-ingest-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string relative, byte[] bytes)
    {
        var path = Path.Combine(_dir, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private string Write(string relative, string text) => Write(relative, Encoding.UTF8.GetBytes(text));

    [Fact]
    public void PlainTextIsTheDecodedFileExactly()
    {
        const string text = "  LIMA, Peru \u2014 Congress voted on Wednesday.\r\n\r\nThe vote was close.\n";
        var path = Write("story.txt", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)]);

        var article = Assert.IsType<LoadedArticle>(Assert.Single(new ArticleLoader().Load(path)));

        Assert.Equal(text, article.Text);
        Assert.Equal(InputFormat.PlainText, article.Format);
        Assert.Equal(path, article.Metadata.Origin);
        Assert.Equal(["Lima", "Peru"], article.Metadata.DatelinePlaces);
    }

    [Fact]
    public void DirectoryIsReadRecursivelyInOrdinalOrderSkippingHiddenAndUnknownFiles()
    {
        Write("b.txt", "Second story text.");
        Write("A.txt", "First story text.");
        Write("sub/c.txt", "Third story text.");
        Write(".hidden.txt", "Hidden story text.");
        Write(".git/d.txt", "Hidden folder text.");
        Write("notes.md", "Not an article.");

        var origins = new ArticleLoader().Load(_dir).Select(o => Assert.IsType<LoadedArticle>(o).Metadata.Origin).ToList();

        Assert.Equal([Path.Combine(_dir, "A.txt"), Path.Combine(_dir, "b.txt"), Path.Combine(_dir, "sub", "c.txt")], origins);
    }

    [Fact]
    public void OneBadFileInADirectoryIsOneErrorAndTheGoodOnesLoad()
    {
        Write("1.txt", "Good story one.");
        Write("2.txt", [0x00, 0x01, 0x02, 0x03, 0xFF, 0x00]);
        Write("3.txt", "Good story three.");

        var outcomes = new ArticleLoader().Load(_dir).ToList();

        Assert.Equal(3, outcomes.Count);
        Assert.True(outcomes[0].IsArticle);
        var error = Assert.IsType<InputError>(outcomes[1]);
        Assert.Equal(Path.Combine(_dir, "2.txt"), error.Path);
        Assert.Equal(InputErrorCodes.Binary, error.Code);
        Assert.True(outcomes[2].IsArticle);
    }

    [Fact]
    public void DirectoryWithNothingToReadIsOneError()
    {
        Write("notes.md", "Not an article.");

        var error = Assert.IsType<InputError>(Assert.Single(new ArticleLoader().Load(_dir)));

        Assert.Equal(InputErrorCodes.NoText, error.Code);
        Assert.Equal(_dir, error.Path);
    }

    [Fact]
    public void Utf16HtmlFileWithBomIsDecodedAndExtracted()
    {
        var html = "<html><body><article><p>ZÜRICH (Reuters) - Die Bank meldete am Dienstag höhere Gewinne.</p></article></body></html>";
        var path = Write("page.html", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(html)]);

        var article = Assert.IsType<LoadedArticle>(Assert.Single(new ArticleLoader().Load(path)));

        Assert.Equal("ZÜRICH (Reuters) - Die Bank meldete am Dienstag höhere Gewinne.", article.Text);
        Assert.Equal(["Zürich"], article.Metadata.DatelinePlaces);
    }

    [Fact]
    public void FeedDeclaringWindows1252InItsXmlDeclarationIsDecodedSo()
    {
        var feed = "<?xml version=\"1.0\" encoding=\"windows-1252\"?><rss version=\"2.0\"><channel><title>Desk</title><item><title>Caf\u00e9</title><description>Prices at the caf\u00e9 rose \u2013 again.</description></item></channel></rss>";
        var path = Write("feed.xml", CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(feed));

        var article = Assert.IsType<LoadedArticle>(Assert.Single(new ArticleLoader().Load(path)));

        Assert.Equal("Prices at the caf\u00e9 rose \u2013 again.", article.Text);
        Assert.Equal("Caf\u00e9", article.Metadata.Title);
    }

    [Theory]
    [InlineData("", InputErrorCodes.Empty)]
    [InlineData(" \n\t \r\n", InputErrorCodes.Empty)]
    public void EmptyAndWhitespaceFilesAreErrors(string content, string code)
    {
        var path = Write("blank.txt", content);

        var error = Assert.IsType<InputError>(Assert.Single(new ArticleLoader().Load(path)));

        Assert.Equal(code, error.Code);
        Assert.Equal(path, error.Path);
    }

    [Fact]
    public void MissingPathIsAnError()
    {
        var path = Path.Combine(_dir, "nowhere.txt");

        var error = Assert.IsType<InputError>(Assert.Single(new ArticleLoader().Load(path)));

        Assert.Equal(InputErrorCodes.NotFound, error.Code);
        Assert.Equal($"{path}: I001: no such file or directory", error.ToString());
    }

    [Fact]
    public void FileOverTheSizeLimitIsRejectedWithoutReadingIt()
    {
        var path = Path.Combine(_dir, "huge.txt");
        using (var stream = File.Create(path)) stream.SetLength(200L * 1024 * 1024);

        var error = Assert.IsType<InputError>(Assert.Single(new ArticleLoader().Load(path)));

        Assert.Equal(InputErrorCodes.TooLarge, error.Code);
        Assert.Equal("the input is 209715200 bytes, over the limit of 33554432 bytes (ArticleLoaderOptions.MaxFileBytes)", error.Message);
    }

    [Fact]
    public void StreamClaimingALargeLengthIsRejectedBeforeReading()
    {
        using var stream = new ClaimedLengthStream(200L * 1024 * 1024);

        var error = Assert.IsType<InputError>(Assert.Single(new ArticleLoader().Load(stream, "-")));

        Assert.Equal(InputErrorCodes.TooLarge, error.Code);
        Assert.Equal("-", error.Path);
        Assert.Equal(0, stream.BytesRead);
    }

    [Fact]
    public void UnseekableStreamOverTheLimitStopsAtTheLimit()
    {
        var options = new ArticleLoaderOptions { MaxFileBytes = 1000 };
        using var stream = new NonSeekableStream(new MemoryStream(new byte[5000]));

        var error = Assert.IsType<InputError>(Assert.Single(new ArticleLoader(options).Load(stream, "-")));

        Assert.Equal("the input is more than 1000 bytes, over the limit of 1000 bytes (ArticleLoaderOptions.MaxFileBytes)", error.Message);
    }

    [Fact]
    public void ArticleOverTheTextLimitIsAnErrorNotTruncated()
    {
        var options = new ArticleLoaderOptions { MaxArticleChars = 20 };

        var error = Assert.IsType<InputError>(Assert.Single(new ArticleLoader(options).LoadText("This article has more than twenty characters.", "long.txt")));

        Assert.Equal(InputErrorCodes.ArticleTooLong, error.Code);
        Assert.Equal("the input has 45 characters of text, over the limit of 20", error.Message);
    }

    [Fact]
    public void StreamIsSniffedByContent()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("{\"text\": \"ROME (ANSA) - The rain stopped.\"}\n"));

        var article = Assert.IsType<LoadedArticle>(Assert.Single(new ArticleLoader().Load(stream, "-")));

        Assert.Equal(InputFormat.JsonLines, article.Format);
        Assert.Equal("-#1", article.Metadata.Origin);
        Assert.Equal("ANSA", article.Metadata.Source);
    }

    [Fact]
    public void DatelineDateFillsPublishedOnlyWithAKnownYear()
    {
        const string text = "WASHINGTON, Feb 15 (AP) \u2014 The Senate passed the bill.";

        var withYear = Assert.IsType<LoadedArticle>(Assert.Single(new ArticleLoader(new ArticleLoaderOptions { PublicationYear = 2022 }).LoadText(text, "a.txt")));
        var withoutYear = Assert.IsType<LoadedArticle>(Assert.Single(new ArticleLoader().LoadText(text, "a.txt")));

        Assert.Equal(new DateTimeOffset(2022, 2, 15, 0, 0, 0, TimeSpan.Zero), withYear.Metadata.Published);
        Assert.Null(withoutYear.Metadata.Published);
    }

    [Fact]
    public void YearInTheUrlPathCompletesADatelineDate()
    {
        var line = "{\"url\": \"https://news.example/2019/03/story\", \"text\": \"LONDON, March 29 (Reuters) - Lawmakers voted again.\"}";

        var article = Assert.IsType<LoadedArticle>(Assert.Single(new ArticleLoader().LoadText(line, "x.jsonl")));

        Assert.Equal(new DateTimeOffset(2019, 3, 29, 0, 0, 0, TimeSpan.Zero), article.Metadata.Published);
    }

    [Fact]
    public void IdIsDerivedFromTheContentWhenTheInputGivesNone()
    {
        var a = Assert.IsType<LoadedArticle>(Assert.Single(new ArticleLoader().LoadText("Same text.", "a.txt")));
        var b = Assert.IsType<LoadedArticle>(Assert.Single(new ArticleLoader().LoadText("Same text.", "b.txt")));
        var c = Assert.IsType<LoadedArticle>(Assert.Single(new ArticleLoader().LoadText("Other text.", "c.txt")));

        Assert.Equal(a.Metadata.Id, b.Metadata.Id);
        Assert.NotEqual(a.Metadata.Id, c.Metadata.Id);
        Assert.Matches("^[0-9a-f]{16}$", a.Metadata.Id!);
    }

    private sealed class ClaimedLengthStream(long length) : MemoryStream
    {
        public int BytesRead { get; private set; }

        public override long Length => length;

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = base.Read(buffer, offset, count);
            BytesRead += read;
            return read;
        }
    }

    private sealed class NonSeekableStream(Stream inner) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        protected override void Dispose(bool disposing)
        {
            if (disposing) inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
