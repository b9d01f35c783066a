using Dateline.Documents;
using Dateline.Ingest;

namespace Dateline.Cli.Commands;

/// <summary>Turns the command line's inputs into documents (or errors), lazily and in order.</summary>
internal static class InputReader
{
    /// <summary>Reads every input; <paramref name="date"/> fills the publication date of articles that have none.</summary>
    public static IEnumerable<InputItem> Read(IReadOnlyList<string> inputs, Stream stdin, DateTimeOffset? date)
    {
        var loader = new ArticleLoader(ArticleLoaderOptions.Default with { PublicationYear = date?.Year });
        foreach (var input in inputs)
        {
            var outcomes = input == "-" ? loader.Load(stdin, "(stdin)") : loader.Load(input);
            foreach (var outcome in outcomes)
            {
                yield return outcome switch
                {
                    LoadedArticle article => new InputItem(ToDocument(article, date), null),
                    InputError error => InputItem.Failed(error.ToString()),
                    _ => throw new InvalidOperationException("unknown load outcome " + outcome.GetType().Name),
                };
            }
        }
    }

    private static Document ToDocument(LoadedArticle article, DateTimeOffset? date) =>
        date is { } given && article.Metadata.Published is null
            ? new Document(article.Text, article.Metadata with { Published = given })
            : article.ToDocument();
}
