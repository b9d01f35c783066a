using Dateline.Models;

namespace Dateline.Cli.Commands;

/// <summary>What <c>dateline ingest</c> was asked to do.</summary>
/// <param name="Inputs">Files, folders or '-'.</param>
/// <param name="Store">Store location.</param>
/// <param name="Date">Publication date for articles whose input gives none.</param>
/// <param name="Models">Where the models come from.</param>
/// <param name="Parallelism">Articles analyzed at once.</param>
/// <param name="BatchSize">Articles per store transaction.</param>
internal sealed record IngestOptions(
    IReadOnlyList<string> Inputs, string Store, DateTimeOffset? Date, ModelRepository Models, int Parallelism, int BatchSize);
