using System.CommandLine;
using Dateline.Storage.Reading;

namespace Dateline.Cli.Commands;

/// <summary>The filter options of <c>dateline query</c>; one instance per subcommand.</summary>
internal sealed class QueryFilterOptions
{
    private readonly Option<string> _store = StoreOptions.Store();
    private readonly Option<string?> _actor = new("--actor") { Description = "Actor on either side: CAMEO code (RUSGOV) or its country part (RUS)." };
    private readonly Option<string?> _dyad = new("--dyad") { Description = "SOURCE:TARGET actors (RUS:UKR); each side a code or country part." };
    private readonly Option<string?> _cameo = new("--cameo") { Description = "CAMEO root (19) or code (195)." };
    private readonly Option<string?> _plover = new("--plover") { Description = "PLOVER event type (ASSAULT)." };
    private readonly Option<int?> _quad = new("--quad") { Description = "Quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict." };
    private readonly Option<string?> _from = new("--from") { Description = "First day, YYYY-MM-DD." };
    private readonly Option<string?> _to = new("--to") { Description = "Last day, YYYY-MM-DD." };
    private readonly Option<string?> _place = new("--place") { Description = "Place name." };
    private readonly Option<string?> _country = new("--country") { Description = "ISO 3166-1 alpha-2 country code of the place." };
    private readonly Option<string?> _outlet = new("--outlet") { Description = "Outlet (the article's source)." };
    private readonly Option<string?> _speaker = new("--speaker") { Description = "Speaker, claimant or actor name (substring, case ignored)." };
    private readonly Option<string?> _text = new("--text") { Description = "Full-text search: every word must occur." };
    private readonly Option<int> _limit = new("--limit") { Description = "At most this many rows (default 100; 0 for all).", DefaultValueFactory = _ => 100 };
    private readonly Option<string> _format = new("--format") { Description = "table (default), json or csv.", DefaultValueFactory = _ => "table" };

    private readonly bool _withFormat;

    /// <param name="withFormat">Add <c>--format</c> (the exports choose their format by subcommand instead).</param>
    /// <param name="defaultLimit">The default of <c>--limit</c>; 0 for all rows.</param>
    public QueryFilterOptions(bool withFormat = true, int defaultLimit = 100)
    {
        _withFormat = withFormat;
        _format.AcceptOnlyFromAmong("table", "json", "csv");
        if (defaultLimit != 100)
        {
            _limit.DefaultValueFactory = _ => defaultLimit;
            _limit.Description = "At most this many rows (default all).";
        }
    }

    public void AddTo(Command command)
    {
        foreach (var option in (Option[])[_store, _actor, _dyad, _cameo, _plover, _quad, _from, _to, _place, _country, _outlet, _speaker, _text, _limit, _format])
        {
            if (option != _format || _withFormat) command.Options.Add(option);
        }
    }

    public string Store(ParseResult result) => result.GetValue(_store)!;

    public string Format(ParseResult result) => result.GetValue(_format)!;

    public StoreQuery Query(ParseResult result)
    {
        var (source, target) = Dyad(result.GetValue(_dyad));
        var limit = result.GetValue(_limit);
        return new StoreQuery
        {
            Actor = Upper(result.GetValue(_actor)),
            Source = source,
            Target = target,
            Cameo = result.GetValue(_cameo),
            Plover = Upper(result.GetValue(_plover)),
            QuadClass = result.GetValue(_quad),
            From = CliDates.Day(result.GetValue(_from), "--from"),
            To = CliDates.Day(result.GetValue(_to), "--to"),
            Place = result.GetValue(_place),
            Country = Upper(result.GetValue(_country)),
            Outlet = result.GetValue(_outlet),
            Speaker = result.GetValue(_speaker),
            Text = result.GetValue(_text),
            Limit = limit > 0 ? limit : null,
        };
    }

    private static (string?, string?) Dyad(string? value)
    {
        if (value is null) return (null, null);
        var parts = value.Split(':');
        if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0)
        {
            throw new CliException($"--dyad '{value}' is not of the form SOURCE:TARGET (RUS:UKR).");
        }
        return (parts[0].ToUpperInvariant(), parts[1].ToUpperInvariant());
    }

    private static string? Upper(string? value) => value?.ToUpperInvariant();
}
