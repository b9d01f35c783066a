namespace Dateline.Ingest;

/// <summary>The codes carried by <see cref="InputError.Code"/>; each names one kind of problem.</summary>
public static class InputErrorCodes
{
    /// <summary>The path names neither a file nor a directory.</summary>
    public const string NotFound = "I001";

    /// <summary>The file or stream could not be read (permissions, I/O failure).</summary>
    public const string Unreadable = "I002";

    /// <summary>The input is larger than <see cref="ArticleLoaderOptions.MaxFileBytes"/>.</summary>
    public const string TooLarge = "I003";

    /// <summary>The input has no bytes, or only whitespace.</summary>
    public const string Empty = "I004";

    /// <summary>The input looks binary (NUL bytes or many control characters).</summary>
    public const string Binary = "I005";

    /// <summary>The input is neither valid UTF-8/UTF-16 nor single-byte text, or names an unknown encoding.</summary>
    public const string Encoding = "I006";

    /// <summary>The input is not well-formed in its format (XML, JSON) or lacks required parts.</summary>
    public const string Malformed = "I007";

    /// <summary>No article text could be found (an HTML page with no content, an item without a body).</summary>
    public const string NoText = "I008";

    /// <summary>An article's text is longer than <see cref="ArticleLoaderOptions.MaxArticleChars"/>.</summary>
    public const string ArticleTooLong = "I009";
}
