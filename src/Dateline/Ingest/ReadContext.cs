using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Dateline.Documents;

namespace Dateline.Ingest;

/// <summary>
/// Where one input came from, and the last step every reader shares: checks an article's text against the
/// limits, fills metadata from the text (<see cref="WireMetadataExtractor"/>) and derives a missing id.
/// </summary>
internal sealed class ReadContext(string path, ArticleLoaderOptions options, WireMetadataExtractor wire)
{
    /// <summary>The file or stream name.</summary>
    public string Path { get; } = path;

    /// <summary>The loader's options.</summary>
    public ArticleLoaderOptions Options { get; } = options;

    /// <summary>An error in this input, optionally at a line.</summary>
    public InputError Error(string code, string message, int? line = null) => new(Path, line, code, message);

    /// <summary>
    /// The outcome for one article: an error when the text is empty or too long, else the article with its
    /// metadata completed. <paramref name="origin"/> is the path, or <c>path#line</c> / <c>path#item-N</c>.
    /// </summary>
    public LoadOutcome Finish(string text, ArticleMetadata metadata, InputFormat format, string origin, int? line = null)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Error(InputErrorCodes.NoText, $"{Describe(origin, line)} has no article text", line);
        }
        if (text.Length > Options.MaxArticleChars)
        {
            return Error(
                InputErrorCodes.ArticleTooLong,
                Invariant($"{Describe(origin, line)} has {text.Length} characters of text, over the limit of {Options.MaxArticleChars}"),
                line);
        }
        var completed = metadata with { Origin = origin, Id = metadata.Id ?? ContentId(text) };
        if (Options.ExtractWireMetadata) completed = WireMetadataMerger.Merge(completed, wire.Extract(text), Options);
        return new LoadedArticle(text, completed, format);
    }

    /// <summary>The first 16 hex digits of the SHA-256 of the text's UTF-8 bytes.</summary>
    internal static string ContentId(string text)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        return Convert.ToHexStringLower(hash, 0, 8);
    }

    private string Describe(string origin, int? line) =>
        line != null ? "the line" : origin == Path ? "the input" : $"'{origin[(origin.LastIndexOf('#') + 1)..]}'";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
