using Dateline.Knowledge.Dictionaries;

namespace Dateline.Events.Cameo;

/// <summary>
/// Dateline's own discard list for CAMEO coding (<c>knowledge/cameo/discards.txt</c>, TABARI/PETRARCH discard
/// syntax): phrases that mark sport, games and entertainment, whose sentences are not event-coded.
/// </summary>
public static class BuiltInDiscards
{
    private static readonly Lazy<DiscardList> Instance = new(LoadChecked, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The built-in discard list (loaded once, then shared).</summary>
    /// <exception cref="InvalidDataException">The built-in file has an error (a packaging bug); the message names file and line.</exception>
    public static DiscardList Load() => Instance.Value;

    /// <summary>The embedded file read through <see cref="DiscardListReader"/>.</summary>
    internal static DictionaryResult<DiscardList> Read() =>
        DiscardListReader.Read(CameoResources.ReadText(CameoResources.Discards), CameoResources.Discards);

    private static DiscardList LoadChecked()
    {
        var result = Read();
        if (!result.IsClean) throw new InvalidDataException(result.Errors[0].ToString());
        return result.Dictionary;
    }
}
