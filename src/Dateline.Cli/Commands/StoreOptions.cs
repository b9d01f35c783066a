using System.CommandLine;
using Dateline.Storage;

namespace Dateline.Cli.Commands;

/// <summary>The <c>--store</c> option of the corpus commands, and opening the store it names.</summary>
internal static class StoreOptions
{
    public static Option<string> Store() => new("--store")
    {
        Description = "The corpus store: a SQLite file (default dateline.db), postgres://user:pass@host:port/db or a Host=... connection string.",
        DefaultValueFactory = _ => ArticleStore.DefaultPath,
    };

    /// <summary>Opens the store, or reports why it cannot be opened.</summary>
    public static IArticleStore Open(string location)
    {
        try
        {
            return ArticleStore.Open(location);
        }
        catch (StoreException ex)
        {
            throw new CliException(ex.Message);
        }
    }
}
