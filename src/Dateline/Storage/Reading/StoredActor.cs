namespace Dateline.Storage.Reading;

/// <summary>An entity merged across articles.</summary>
/// <param name="Id">Store id.</param>
/// <param name="Name">Name as first seen.</param>
/// <param name="Type">Entity type.</param>
/// <param name="ActorCode">CAMEO actor code, when known.</param>
/// <param name="Mentions">Mentions over all articles.</param>
/// <param name="Articles">Articles that mention it.</param>
public sealed record StoredActor(long Id, string Name, string Type, string? ActorCode, long Mentions, long Articles);
