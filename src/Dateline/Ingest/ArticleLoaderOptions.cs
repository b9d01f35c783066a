namespace Dateline.Ingest;

/// <summary>Limits and choices for the <see cref="ArticleLoader"/>. Immutable; validated on construction.</summary>
public sealed record ArticleLoaderOptions
{
    /// <summary>Default <see cref="MaxFileBytes"/>: 32 MiB.</summary>
    public const long DefaultMaxFileBytes = 32L * 1024 * 1024;

    /// <summary>Default <see cref="MaxArticleChars"/>: 2 Mi UTF-16 code units (about 2 MB of English text).</summary>
    public const int DefaultMaxArticleChars = 2 * 1024 * 1024;

    private readonly long _maxFileBytes = DefaultMaxFileBytes;
    private readonly int _maxArticleChars = DefaultMaxArticleChars;

    /// <summary>The defaults.</summary>
    public static ArticleLoaderOptions Default { get; } = new();

    /// <summary>
    /// Largest file or stream read, in bytes. A larger input is rejected with
    /// <see cref="InputErrorCodes.TooLarge"/> before it is read into memory; it is never truncated.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public long MaxFileBytes
    {
        get => _maxFileBytes;
        init
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(value);
            _maxFileBytes = value;
        }
    }

    /// <summary>
    /// Longest article text kept, in UTF-16 code units. A longer article is reported with
    /// <see cref="InputErrorCodes.ArticleTooLong"/>, never truncated.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public int MaxArticleChars
    {
        get => _maxArticleChars;
        init
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(value);
            _maxArticleChars = value;
        }
    }

    /// <summary>
    /// Fill <c>Source</c>, <c>Bylines</c> and <c>DatelinePlaces</c> from the text itself (see
    /// <see cref="WireMetadataExtractor"/>) when the format's own metadata lacks them. Default true.
    /// </summary>
    public bool ExtractWireMetadata { get; init; } = true;

    /// <summary>
    /// The publication year to assume when an article has no publication date but its dateline carries
    /// a month and day (<c>WASHINGTON, Feb 15 (AP) —</c>). Null (the default): use only a year found in the
    /// article's URL path (<c>/2022/02/…</c>); with neither, the dateline date is not used.
    /// </summary>
    public int? PublicationYear { get; init; }
}
