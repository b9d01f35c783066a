namespace Dateline.Storage.Reading;

/// <summary>Row counts of a store.</summary>
/// <param name="Articles">Articles.</param>
/// <param name="Stories">Story clusters (syndicated copies count once).</param>
/// <param name="Entities">Entities merged across articles.</param>
/// <param name="Mentions">Entity mentions.</param>
/// <param name="Quotes">Quotes.</param>
/// <param name="Times">Time expressions.</param>
/// <param name="Quantities">Quantities.</param>
/// <param name="Events">Events merged across articles.</param>
/// <param name="EventMentions">Event mentions.</param>
/// <param name="Claims">Claims.</param>
public sealed record StoreCounts(
    long Articles, long Stories, long Entities, long Mentions, long Quotes, long Times, long Quantities, long Events, long EventMentions, long Claims);
