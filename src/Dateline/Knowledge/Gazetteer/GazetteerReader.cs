using System.Globalization;

namespace Dateline.Knowledge.Gazetteer;

/// <summary>
/// Reads the gazetteer file (<c>knowledge/gazetteer.tsv.gz</c> once decompressed): a header line
/// <c>#dateline-gazetteer	1</c>, comment lines, then one row per country (<c>C</c>), region (<c>R</c>)
/// or populated place (<c>P</c>). The column layout is written in the file's comments.
/// </summary>
internal static class GazetteerReader
{
    public const string Magic = "#dateline-gazetteer";
    public const int Version = 1;

    public static void Read(TextReader reader, GazetteerBuilder builder, string source)
    {
        var header = reader.ReadLine();
        if (header != Magic + "\t" + Version)
        {
            throw new InvalidDataException($"G001: '{source}' is not a version {Version} Dateline gazetteer (header '{header}').");
        }
        var lineNumber = 1;
        for (var line = reader.ReadLine(); line != null; line = reader.ReadLine())
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#') continue;
            var fields = line.Split('\t');
            try
            {
                ReadRow(fields, builder);
            }
            catch (Exception e) when (e is FormatException or IndexOutOfRangeException)
            {
                throw new InvalidDataException($"G002: '{source}' line {lineNumber} is malformed: {e.Message}", e);
            }
        }
    }

    private static void ReadRow(string[] f, GazetteerBuilder builder)
    {
        switch (f[0])
        {
            case "C":
                var country = new GeoPlace(f[4], Num(f[9]), Num(f[10]), f[1], f[2], null, null, GeoPlace.CountryFeature, 0);
                builder.AddCountry(country, f[3], f[7].Length == 0 ? [] : f[7].Split(["|", ", "], StringSplitOptions.TrimEntries));
                builder.AddNames(country, f[4], f[5]);
                builder.AddNames(country, Alternates(f[6]));
                break;
            case "R":
                var region = new GeoPlace(f[3], Num(f[5]), Num(f[6]), f[1], builder.Alpha3(f[1]), f[2], null, GeoPlace.RegionFeature, long.Parse(f[7], CultureInfo.InvariantCulture));
                builder.AddRegion(region);
                builder.AddNames(region, f[3]);
                builder.AddNames(region, Alternates(f[4]));
                break;
            case "P":
                var place = new GeoPlace(f[2], Num(f[5]), Num(f[6]), f[7], builder.Alpha3(f[7]), f[8], int.Parse(f[1], CultureInfo.InvariantCulture), f[10], long.Parse(f[9], CultureInfo.InvariantCulture));
                builder.AddPlace(place);
                builder.AddNames(place, f[2], f[3]);
                builder.AddNames(place, Alternates(f[4]));
                break;
            default:
                throw new FormatException($"unknown row kind '{f[0]}'");
        }
    }

    private static string[] Alternates(string field) => field.Length == 0 ? [] : field.Split('|');

    private static double Num(string field) => double.Parse(field, NumberStyles.Float, CultureInfo.InvariantCulture);
}
