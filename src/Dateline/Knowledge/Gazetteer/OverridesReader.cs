namespace Dateline.Knowledge.Gazetteer;

/// <summary>
/// Reads <c>knowledge/places-overrides.tsv</c>: <c>alias, target, note</c> rows where the target is
/// <c>P:geonameid</c>, <c>C:ISO2</c> or <c>R:ISO2:admin1</c>. Each alias becomes one more name of its target.
/// </summary>
internal static class OverridesReader
{
    public static void Read(TextReader reader, GazetteerBuilder builder, string source)
    {
        var lineNumber = 0;
        for (var line = reader.ReadLine(); line != null; line = reader.ReadLine())
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#' || line.StartsWith("alias\t", StringComparison.Ordinal)) continue;
            var fields = line.Split('\t');
            var target = fields.Length >= 2 ? builder.Find(fields[1]) : null;
            if (target == null)
            {
                throw new InvalidDataException($"G003: '{source}' line {lineNumber}: target '{(fields.Length >= 2 ? fields[1] : "")}' is not in the gazetteer.");
            }
            builder.AddAlias(target, fields[0]);
        }
    }
}
