namespace Dateline.Storage.Reading;

/// <summary>Folds the (day, quad class) rows of a series query into one point per day.</summary>
internal sealed class SeriesBuilder
{
    private readonly long[] _quad = new long[5];
    private long _events;
    private double _sum;
    private long _withGoldstein;

    public string? Date { get; private set; }

    public void Add(string date, long? quadClass, long count, double goldsteinSum, long withGoldstein)
    {
        Date = date;
        _events += count;
        if (quadClass is >= 1 and <= 4) _quad[quadClass.Value] += count;
        _sum += goldsteinSum;
        _withGoldstein += withGoldstein;
    }

    public SeriesPoint Take()
    {
        var point = new SeriesPoint(Date!, _events, _quad[1], _quad[2], _quad[3], _quad[4], _sum, _withGoldstein > 0 ? _sum / _withGoldstein : null);
        Array.Clear(_quad);
        _events = 0;
        _sum = 0;
        _withGoldstein = 0;
        Date = null;
        return point;
    }
}
