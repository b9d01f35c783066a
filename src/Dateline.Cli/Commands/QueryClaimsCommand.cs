using System.CommandLine;
using Dateline.Storage.Reading;
using C = Dateline.Cli.Commands.QueryOutput;

namespace Dateline.Cli.Commands;

/// <summary><c>dateline query claims [--check [--window N]]</c>: claims, or claims checked against the events reported for their date.</summary>
internal static class QueryClaimsCommand
{
    public static Command Create()
    {
        var filters = new QueryFilterOptions();
        var check = new Option<bool>("--check") { Description = "For each claim with a target date: were events of the claimed type reported for that date?" };
        var window = new Option<int>("--window") { Description = "Days either side of the target date searched by --check (default 1).", DefaultValueFactory = _ => 1 };
        var command = new Command("claims", "Claims, or with --check, claims checked against the stored events.") { check, window };
        filters.AddTo(command);
        command.SetAction(result =>
        {
            var query = filters.Query(result);
            using var store = StoreOptions.Open(filters.Store(result));
            var format = filters.Format(result);
            if (result.GetValue(check)) C.Write(Console.Out, format, store.CheckClaims(query, Math.Max(0, result.GetValue(window))), CheckColumns);
            else C.Write(Console.Out, format, store.Claims(query), ClaimColumns);
            return 0;
        });
        return command;
    }

    private static readonly C.Column<StoredClaim>[] ClaimColumns =
    [
        new("id", c => c.Id), new("article", c => c.ArticleId), new("published", c => c.Published), new("claimant", c => c.Claimant),
        new("cameo", c => c.Cameo), new("plover", c => c.PloverType), new("polarity", c => c.Polarity), new("modality", c => c.Modality),
        new("target date", c => c.TargetDate),
    ];

    private static readonly C.Column<ClaimCheck>[] CheckColumns =
    [
        new("claim", c => c.Claim.Id), new("claimant", c => c.Claim.Claimant), new("cameo", c => c.Claim.Cameo ?? c.Claim.PloverType),
        new("target date", c => c.Claim.TargetDate), new("window", c => c.WindowStart + ".." + c.WindowEnd),
        new("events", c => c.MatchingEvents), new("first event", c => c.FirstMatch), new("reported", c => c.Reported),
    ];
}
