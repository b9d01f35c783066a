namespace Dateline.Storage.Reading;

/// <summary>A place where stored events happened, with how many.</summary>
/// <param name="Name">Place name as geocoded.</param>
/// <param name="CountryCode">ISO 3166-1 alpha-2 code of its country.</param>
/// <param name="Lat">Latitude.</param>
/// <param name="Lon">Longitude.</param>
/// <param name="Events">Events located there.</param>
/// <param name="Mentions">Mentions of those events over all articles.</param>
public sealed record StoredPlace(string? Name, string? CountryCode, double Lat, double Lon, long Events, long Mentions);
