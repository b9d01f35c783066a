namespace Dateline.Extraction.Times;

/// <summary>Calendar units and granularities the time grammar knows.</summary>
internal enum TimeUnit
{
    None,
    Second,
    Minute,
    Hour,
    Day,
    Weekend,
    Week,
    Fortnight,
    Month,
    Quarter,
    Half,
    Season,
    Year,
    Decade,
    Century,
}
