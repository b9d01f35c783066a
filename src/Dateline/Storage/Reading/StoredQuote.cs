namespace Dateline.Storage.Reading;

/// <summary>A stored quotation.</summary>
/// <param name="Id">Store id.</param>
/// <param name="ArticleId">Its article.</param>
/// <param name="Published">The article's day.</param>
/// <param name="Outlet">The article's outlet.</param>
/// <param name="Kind">Quote kind.</param>
/// <param name="Speaker">Speaker words.</param>
/// <param name="SpeakerEntityId">Corpus entity of the speaker, when linked.</param>
/// <param name="Cue">Cue words.</param>
/// <param name="Content">What was said.</param>
/// <param name="ContentStart">Content start offset.</param>
/// <param name="ContentEnd">Content end offset.</param>
public sealed record StoredQuote(
    long Id, long ArticleId, string? Published, string? Outlet, string? Kind, string? Speaker, long? SpeakerEntityId,
    string? Cue, string Content, int ContentStart, int ContentEnd);
