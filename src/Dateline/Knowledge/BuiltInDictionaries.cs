namespace Dateline.Knowledge;

/// <summary>
/// The dictionaries Dateline ships with, loaded once and shared: actors and agents (<see cref="Actors.BuiltInKnowledge"/>),
/// the CAMEO verb dictionary (<see cref="Events.Cameo.BuiltInVerbs"/>) and discards (<see cref="Events.Cameo.BuiltInDiscards"/>).
/// </summary>
public static class BuiltInDictionaries
{
    private static readonly Lazy<DictionarySet> Instance = new(Create, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The built-in set (read on first use).</summary>
    public static DictionarySet Load() => Instance.Value;

    private static DictionarySet Create()
    {
        var knowledge = Actors.BuiltInKnowledge.Load();
        return new DictionarySet([knowledge.Actors], [knowledge.Agents], [Events.Cameo.BuiltInVerbs.Load()], [Events.Cameo.BuiltInDiscards.Load()]);
    }
}
