namespace Dateline.Knowledge.Linking;

/// <summary>A CAMEO actor code with the parts read from it.</summary>
/// <param name="Code">The full code, e.g. <c>UKRGOV</c>, <c>IGOWSTNAT</c>, <c>MED</c>.</param>
/// <param name="Role">The role part (<c>GOV</c>, <c>MIL</c>, <c>MED</c>, <c>IGO</c>), or null for a bare country.</param>
/// <param name="Country">The country part (<c>UKR</c>), or null when the code names no country.</param>
/// <param name="Source">Where the code came from.</param>
public sealed record ActorLink(string Code, string? Role, string? Country, ActorSource Source);
