using Dateline.Storage;

namespace Dateline.Cli.Commands;

/// <summary>One input after analysis: ready to store, already stored, or failed.</summary>
/// <param name="Analysis">The analysis to store.</param>
/// <param name="AlreadyStored">The store already holds this text; it was not analyzed again.</param>
/// <param name="Error">The message naming the input and the problem.</param>
internal sealed record IngestItem(ArticleAnalysis? Analysis, bool AlreadyStored, string? Error);
