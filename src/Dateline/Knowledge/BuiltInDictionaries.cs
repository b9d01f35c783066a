namespace Dateline.Knowledge;

/// <summary>The dictionaries Dateline ships with, loaded once and shared.</summary>
public static class BuiltInDictionaries
{
    private static readonly Lazy<DictionarySet> Instance = new(Create, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The built-in set (read on first use).</summary>
    public static DictionarySet Load() => Instance.Value;

    private static DictionarySet Create() => DictionarySet.Empty;
}
