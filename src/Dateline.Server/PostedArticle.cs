namespace Dateline.Server;

/// <summary>The body of <c>POST /api/articles</c>.</summary>
/// <param name="Text">The article text (required).</param>
/// <param name="Date">Publication day, YYYY-MM-DD: the anchor of relative times.</param>
/// <param name="Title">Headline.</param>
/// <param name="Url">Canonical URL; an article with a stored URL is not stored again.</param>
/// <param name="Source">Outlet.</param>
internal sealed record PostedArticle(string? Text, string? Date, string? Title, string? Url, string? Source);
