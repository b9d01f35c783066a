using Dateline.Knowledge.Dictionaries;

namespace Dateline.Events.Cameo;

/// <summary>
/// Dateline's own CAMEO verb dictionary: the files under <c>knowledge/cameo/verbs/</c>, written in the
/// TABARI/PETRARCH verb-dictionary syntax (<see cref="VerbDictionaryReader"/>), one file per root or group of
/// roots, embedded into Dateline.dll. Users can load PETRARCH's <c>CAMEO.2.0.txt</c> instead or as well.
/// </summary>
public static class BuiltInVerbs
{
    private static readonly Lazy<VerbDictionary> Instance = new(LoadChecked, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The built-in verb dictionary, all files merged into one (loaded once, then shared).</summary>
    /// <exception cref="InvalidDataException">A built-in file has an error (a packaging bug); the message names file and line.</exception>
    public static VerbDictionary Load() => Instance.Value;

    /// <summary>Each embedded verb file read on its own: resource name and the reader's result.</summary>
    internal static IReadOnlyList<(string File, DictionaryResult<VerbDictionary> Result)> ReadFiles()
    {
        var files = new List<(string, DictionaryResult<VerbDictionary>)>();
        foreach (var name in CameoResources.VerbFiles())
        {
            files.Add((name, VerbDictionaryReader.Read(CameoResources.ReadText(name), name)));
        }
        return files;
    }

    /// <summary>
    /// One dictionary holding the blocks, synsets and transformations of <paramref name="parts"/> in order;
    /// each file's blocks are renumbered so that <see cref="VerbDictionary.PatternsFor"/> finds the right ones.
    /// </summary>
    internal static VerbDictionary Merge(IEnumerable<VerbDictionary> parts)
    {
        var blocks = new List<VerbBlock>();
        var synsets = new List<VerbSynset>();
        var transformations = new List<VerbTransformation>();
        foreach (var part in parts)
        {
            foreach (var block in part.Blocks)
            {
                var index = blocks.Count;
                var verbs = new VerbEntry[block.Verbs.Count];
                for (var i = 0; i < verbs.Length; i++) verbs[i] = block.Verbs[i] with { BlockIndex = index };
                blocks.Add(block with { Verbs = verbs });
            }
            synsets.AddRange(part.Synsets);
            transformations.AddRange(part.Transformations);
        }
        return new VerbDictionary(blocks.ToArray(), synsets.ToArray(), transformations.ToArray());
    }

    private static VerbDictionary LoadChecked()
    {
        var files = ReadFiles();
        if (files.Count == 0) throw new InvalidDataException($"no built-in verb files are embedded under '{CameoResources.VerbsFolder}'.");
        var parts = new List<VerbDictionary>(files.Count);
        foreach (var (_, result) in files)
        {
            if (!result.IsClean)
            {
                var error = result.Errors[0];
                throw new InvalidDataException(error.ToString());
            }
            parts.Add(result.Dictionary);
        }
        return Merge(parts);
    }
}
