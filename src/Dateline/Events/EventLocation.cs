namespace Dateline.Events;

/// <summary>Where an event happened: a resolved place named in its clause, else the article's dateline place.</summary>
/// <param name="Place">The id of the place's entity, or null for a dateline place.</param>
/// <param name="Name">The place name as written.</param>
/// <param name="Lat">Latitude in degrees.</param>
/// <param name="Lon">Longitude in degrees.</param>
/// <param name="CountryCode">ISO 3166-1 alpha-2 country code.</param>
public sealed record EventLocation(string? Place, string Name, double Lat, double Lon, string CountryCode);
