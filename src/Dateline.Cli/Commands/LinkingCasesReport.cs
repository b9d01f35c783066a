namespace Dateline.Cli.Commands;

/// <summary>Placeholder until the linking cases exist.</summary>
internal static class LinkingCasesReport
{
    public const string DefaultCases = "tests/Dateline.Tests/Knowledge/Linking/linking-cases.tsv";

    public static int Run(string? path, int limit) => 0;
}
