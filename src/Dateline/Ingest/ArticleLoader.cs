namespace Dateline.Ingest;

/// <summary>
/// Reads articles from files, directories and streams in every supported <see cref="InputFormat"/>.
/// Each article or problem comes back as a <see cref="LoadOutcome"/>, lazily and in a deterministic order;
/// a bad input yields an <see cref="InputError"/> and the batch goes on. The loader never throws for bad input
/// and never prints. Instances are immutable and may be shared between threads.
/// </summary>
public sealed class ArticleLoader
{
    private readonly WireMetadataExtractor _wire = new();
    private readonly IReadOnlyDictionary<InputFormat, IArticleReader> _readers;

    /// <summary>Creates a loader.</summary>
    /// <param name="options">Limits and choices; null for <see cref="ArticleLoaderOptions.Default"/>.</param>
    public ArticleLoader(ArticleLoaderOptions? options = null)
    {
        Options = options ?? ArticleLoaderOptions.Default;
        var html = new HtmlArticleReader();
        _readers = new Dictionary<InputFormat, IArticleReader>
        {
            [InputFormat.PlainText] = new PlainTextReader(),
            [InputFormat.Html] = html,
            [InputFormat.Rss] = new FeedReader(),
            [InputFormat.Atom] = new FeedReader(),
            [InputFormat.JsonLines] = new JsonLinesReader(html),
            [InputFormat.Petrarch] = new PetrarchReader(),
        };
    }

    /// <summary>The options in force.</summary>
    public ArticleLoaderOptions Options { get; }

    /// <summary>
    /// Reads a file, or every file under a directory: recursively, in ordinal order of the relative path,
    /// skipping hidden files and folders (names starting with '.') and files whose extension is not one the
    /// loader reads (<c>.txt .text .html .htm .xhtml .xml .rss .atom .jsonl .ndjson</c>). A file named directly
    /// is read whatever its extension. A directory with no such file gives one <see cref="InputErrorCodes.NoText"/> error.
    /// </summary>
    /// <param name="path">A file or directory.</param>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or empty.</exception>
    public IEnumerable<LoadOutcome> Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return LoadPath(path);
    }

    /// <summary>Reads one input from a stream (standard input, a network body). The stream is not disposed.</summary>
    /// <param name="stream">The input; read to its end unless it is over <see cref="ArticleLoaderOptions.MaxFileBytes"/>.</param>
    /// <param name="name">The name reported as the origin (<c>-</c> for standard input, or a file name whose extension guides detection).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public IEnumerable<LoadOutcome> Load(Stream stream, string name)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(name);
        return LoadStream(stream, name);
    }

    /// <summary>Reads text already in memory, as if it were a file called <paramref name="name"/>.</summary>
    /// <param name="text">The input text.</param>
    /// <param name="name">The origin; its extension guides detection.</param>
    /// <param name="format">The format, or null to detect it.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public IEnumerable<LoadOutcome> LoadText(string text, string name, InputFormat? format = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(name);
        var context = new ReadContext(name, Options, _wire);
        var chosen = format ?? FormatSniffer.Detect(Path.GetExtension(name), text);
        return _readers[chosen].Read(text, context);
    }

    private IEnumerable<LoadOutcome> LoadPath(string path)
    {
        if (Directory.Exists(path))
        {
            var files = DirectoryWalker.Files(path, FormatSniffer.KnownExtensions, out var walkErrors);
            if (files.Count == 0 && walkErrors.Count == 0)
            {
                yield return new InputError(path, null, InputErrorCodes.NoText, "the directory holds no file the loader reads (" + string.Join(' ', FormatSniffer.KnownExtensions.Order(StringComparer.Ordinal)) + ")");
            }
            foreach (var file in files)
            {
                foreach (var outcome in LoadFile(file)) yield return outcome;
            }
            foreach (var error in walkErrors) yield return new InputError(error.Path, null, InputErrorCodes.Unreadable, error.Message);
            yield break;
        }
        foreach (var outcome in LoadFile(path)) yield return outcome;
    }

    private IEnumerable<LoadOutcome> LoadFile(string path)
    {
        if (!File.Exists(path))
        {
            return [new InputError(path, null, InputErrorCodes.NotFound, "no such file or directory")];
        }
        try
        {
            var length = new FileInfo(path).Length;
            if (length > Options.MaxFileBytes)
            {
                return [new InputError(path, null, InputErrorCodes.TooLarge, BoundedReader.TooLarge(length.ToString(System.Globalization.CultureInfo.InvariantCulture), Options.MaxFileBytes))];
            }
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            return LoadStream(stream, path).ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [new InputError(path, null, InputErrorCodes.Unreadable, "the file cannot be read: " + e.Message)];
        }
    }

    private IEnumerable<LoadOutcome> LoadStream(Stream stream, string name)
    {
        byte[]? bytes;
        string? tooLarge;
        try
        {
            bytes = BoundedReader.ReadAll(stream, Options.MaxFileBytes, out tooLarge);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return [new InputError(name, null, InputErrorCodes.Unreadable, "the input cannot be read: " + e.Message)];
        }
        return bytes == null
            ? [new InputError(name, null, InputErrorCodes.TooLarge, tooLarge!)]
            : LoadBytes(bytes, name);
    }

    private IEnumerable<LoadOutcome> LoadBytes(byte[] bytes, string name)
    {
        var extension = Path.GetExtension(name);
        var decoded = TextDecoder.Decode(bytes, FormatSniffer.IsMarkupCandidate(extension));
        if (decoded.Text == null)
        {
            return [new InputError(name, null, decoded.ErrorCode!, decoded.ErrorMessage!)];
        }
        if (string.IsNullOrWhiteSpace(decoded.Text))
        {
            return [new InputError(name, null, InputErrorCodes.Empty, "the input holds only whitespace")];
        }
        return LoadText(decoded.Text, name);
    }
}
