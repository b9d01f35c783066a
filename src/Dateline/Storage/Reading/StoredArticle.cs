namespace Dateline.Storage.Reading;

/// <summary>A stored article (without its text and analysis, read those with <see cref="IArticleStore.AnalysisJson"/>).</summary>
/// <param name="Id">Store id.</param>
/// <param name="ContentHash">SHA-256 of the normalized text.</param>
/// <param name="ExternalId">The input's id.</param>
/// <param name="Url">URL.</param>
/// <param name="Title">Headline.</param>
/// <param name="Source">Outlet.</param>
/// <param name="Published">Publication day.</param>
/// <param name="ClusterId">Story cluster: the id of the first stored copy of the story.</param>
public sealed record StoredArticle(
    long Id, string ContentHash, string? ExternalId, string? Url, string? Title, string? Source, string? Published, long ClusterId);
