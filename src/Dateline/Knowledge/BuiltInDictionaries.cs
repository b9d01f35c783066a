namespace Dateline.Knowledge;

/// <summary>The dictionaries Dateline ships with (<see cref="Actors.BuiltInKnowledge"/>: actors and agents), loaded once and shared.</summary>
public static class BuiltInDictionaries
{
    private static readonly Lazy<DictionarySet> Instance = new(Create, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The built-in set (read on first use).</summary>
    public static DictionarySet Load() => Instance.Value;

    private static DictionarySet Create()
    {
        var knowledge = Actors.BuiltInKnowledge.Load();
        return new DictionarySet([knowledge.Actors], [knowledge.Agents]);
    }
}
