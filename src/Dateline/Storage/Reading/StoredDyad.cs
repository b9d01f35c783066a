namespace Dateline.Storage.Reading;

/// <summary>A pair of countries (CAMEO codes) with the number of events from the first to the second.</summary>
/// <param name="Source">Source country code (RUS).</param>
/// <param name="Target">Target country code (UKR).</param>
/// <param name="Events">Events from source to target.</param>
public sealed record StoredDyad(string Source, string Target, long Events)
{
    /// <summary>The pair as the <c>dyad</c> filter writes it: <c>RUS:UKR</c>.</summary>
    public string Dyad => Source + ":" + Target;
}
