using Dateline.Ingest;

namespace Dateline.Tests.Ingest;

/// <summary>Paths of the hand-written ingest fixtures, and helpers to load them.</summary>
internal static class Fixtures
{
    public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "Ingest", "Fixtures", name);

    public static List<LoadOutcome> Load(string name, ArticleLoaderOptions? options = null) =>
        new ArticleLoader(options).Load(Path(name)).ToList();

    public static LoadedArticle Single(string name) => Assert.IsType<LoadedArticle>(Assert.Single(Load(name)));
}
