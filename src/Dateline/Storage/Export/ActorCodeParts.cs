namespace Dateline.Storage.Export;

/// <summary>A CAMEO actor code taken apart into GDELT's actor attribute columns; an absent part is null.</summary>
/// <param name="Country">Country or region (<c>UKR</c>, <c>WST</c>).</param>
/// <param name="KnownGroup">Known IGO/NGO/armed group (<c>NAT</c>, <c>UNO</c>).</param>
/// <param name="Religion1">First religion code.</param>
/// <param name="Religion2">Second religion code.</param>
/// <param name="Type1">First type or role code (<c>GOV</c>, <c>MIL</c>).</param>
/// <param name="Type2">Second type code.</param>
/// <param name="Type3">Third type code.</param>
public sealed record ActorCodeParts(
    string? Country, string? KnownGroup, string? Religion1, string? Religion2, string? Type1, string? Type2, string? Type3)
{
    /// <summary>No code: every part absent.</summary>
    public static ActorCodeParts None { get; } = new(null, null, null, null, null, null, null);
}
