using System.Text;

namespace Dateline.Events.Cameo;

/// <summary>The embedded CAMEO knowledge files (<c>knowledge/cameo/</c>, see knowledge/README.md).</summary>
internal static class CameoResources
{
    public const string Codes = "knowledge/cameo/codes.tsv";
    public const string Plover = "knowledge/cameo/plover.tsv";
    public const string Discards = "knowledge/cameo/discards.txt";
    public const string Negations = "knowledge/cameo/negations.tsv";
    public const string VerbsFolder = "knowledge/cameo/verbs/";

    /// <summary>The text of an embedded resource.</summary>
    /// <exception cref="InvalidOperationException">The resource is not embedded (a build problem).</exception>
    public static string ReadText(string name)
    {
        var assembly = typeof(CameoResources).Assembly;
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"resource '{name}' is not embedded in {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>The names of the embedded built-in verb files, in ordinal order.</summary>
    public static string[] VerbFiles()
    {
        var names = new List<string>();
        foreach (var name in typeof(CameoResources).Assembly.GetManifestResourceNames())
        {
            if (name.StartsWith(VerbsFolder, StringComparison.Ordinal)) names.Add(name);
        }
        names.Sort(StringComparer.Ordinal);
        return names.ToArray();
    }
}
