using System.CommandLine;
using Dateline.Storage;
using Dateline.Storage.Reading;
using C = Dateline.Cli.Commands.QueryOutput;

namespace Dateline.Cli.Commands;

/// <summary><c>dateline query events|mentions|quotes|claims|actors|articles|series</c>: reads the corpus store.</summary>
internal static class QueryCommand
{
    public static Command Create() => new("query", "Query the corpus store (filters combine with AND; output as a table, JSON or CSV).")
    {
        List("events", "Events merged across articles, with GDELT's counters.", (s, q) => s.Events(q), EventColumns),
        List("mentions", "Every mention of the matching events, with its article and evidence span.", (s, q) => s.EventMentions(q), MentionColumns),
        List("quotes", "Quotations.", (s, q) => s.Quotes(q), QuoteColumns),
        QueryClaimsCommand.Create(),
        List("actors", "Entities merged across articles by name and actor code, most mentioned first.", (s, q) => s.Actors(q), ActorColumns),
        List("articles", "Stored articles, newest first, with their story cluster.", (s, q) => s.Articles(q), ArticleColumns),
        List("series", "A daily time series of the matching events (normally --dyad): counts per quad class, Goldstein sum and mean.",
            (s, q) => s.Series(q), SeriesColumns),
    };

    /// <summary>A subcommand that lists rows of one kind.</summary>
    public static Command List<T>(string name, string description, Func<IArticleStore, StoreQuery, IEnumerable<T>> read, C.Column<T>[] columns)
    {
        var filters = new QueryFilterOptions();
        var command = new Command(name, description);
        filters.AddTo(command);
        command.SetAction(result =>
        {
            var query = filters.Query(result);
            using var store = StoreOptions.Open(filters.Store(result));
            C.Write(Console.Out, filters.Format(result), read(store, query), columns);
            return 0;
        });
        return command;
    }

    private static readonly C.Column<StoredEvent>[] EventColumns =
    [
        new("id", e => e.Id), new("date", e => e.Date), new("source", e => e.SourceActor ?? e.SourceName), new("target", e => e.TargetActor ?? e.TargetName),
        new("cameo", e => e.Cameo), new("quad", e => e.QuadClass), new("goldstein", e => e.Goldstein), new("plover", e => e.PloverType),
        new("place", e => e.Place), new("country", e => e.CountryCode), new("mentions", e => e.NumMentions), new("sources", e => e.NumSources),
        new("articles", e => e.NumArticles), new("stories", e => e.NumStories), new("first seen", e => e.FirstSeen), new("last seen", e => e.LastSeen),
    ];

    private static readonly C.Column<StoredEventMention>[] MentionColumns =
    [
        new("id", m => m.Id), new("event", m => m.EventId), new("article", m => m.ArticleId), new("outlet", m => m.Outlet),
        new("published", m => m.Published), new("source", m => m.SourceText), new("target", m => m.TargetText),
        new("negated", m => m.Negated), new("speaker", m => m.Speaker), new("start", m => m.EvidenceStart), new("end", m => m.EvidenceEnd),
        new("url", m => m.Url),
    ];

    private static readonly C.Column<StoredQuote>[] QuoteColumns =
    [
        new("id", q => q.Id), new("article", q => q.ArticleId), new("published", q => q.Published), new("outlet", q => q.Outlet),
        new("speaker", q => q.Speaker), new("cue", q => q.Cue), new("quote", q => q.Content),
    ];

    private static readonly C.Column<StoredActor>[] ActorColumns =
    [
        new("id", a => a.Id), new("name", a => a.Name), new("type", a => a.Type), new("actor", a => a.ActorCode),
        new("mentions", a => a.Mentions), new("articles", a => a.Articles),
    ];

    private static readonly C.Column<StoredArticle>[] ArticleColumns =
    [
        new("id", a => a.Id), new("published", a => a.Published), new("outlet", a => a.Source), new("story", a => a.ClusterId),
        new("title", a => a.Title), new("url", a => a.Url),
    ];

    private static readonly C.Column<SeriesPoint>[] SeriesColumns =
    [
        new("date", p => p.Date), new("events", p => p.Events), new("verbal coop", p => p.VerbalCooperation),
        new("material coop", p => p.MaterialCooperation), new("verbal conflict", p => p.VerbalConflict),
        new("material conflict", p => p.MaterialConflict), new("goldstein sum", p => p.GoldsteinSum), new("goldstein mean", p => p.GoldsteinMean),
    ];
}
