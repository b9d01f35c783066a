namespace Dateline.Storage.Reading;

/// <summary>One day of a dyad's time series.</summary>
/// <param name="Date">The day.</param>
/// <param name="Events">Events that day.</param>
/// <param name="VerbalCooperation">Quad class 1.</param>
/// <param name="MaterialCooperation">Quad class 2.</param>
/// <param name="VerbalConflict">Quad class 3.</param>
/// <param name="MaterialConflict">Quad class 4.</param>
/// <param name="GoldsteinSum">Sum of the events' Goldstein values.</param>
/// <param name="GoldsteinMean">Mean over the events that have one.</param>
public sealed record SeriesPoint(
    string Date, long Events, long VerbalCooperation, long MaterialCooperation, long VerbalConflict, long MaterialConflict,
    double GoldsteinSum, double? GoldsteinMean);
