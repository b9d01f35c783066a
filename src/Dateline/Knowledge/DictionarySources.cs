namespace Dateline.Knowledge;

/// <summary>
/// A user's dictionary files by kind, and whether the built-in dictionaries are searched after them.
/// Written on the command line (<c>--actors</c>, <c>--agents</c>, <c>--verbs</c>, <c>--discards</c>) or in a
/// configuration file (<see cref="DictionaryConfigReader"/>).
/// </summary>
public sealed record DictionarySources
{
    /// <summary>Actor files (TABARI/PETRARCH format), in search order.</summary>
    public IReadOnlyList<string> Actors { get; init; } = [];

    /// <summary>Agent files, in search order.</summary>
    public IReadOnlyList<string> Agents { get; init; } = [];

    /// <summary>Verb files, in search order.</summary>
    public IReadOnlyList<string> Verbs { get; init; } = [];

    /// <summary>Discard files, in search order.</summary>
    public IReadOnlyList<string> Discards { get; init; } = [];

    /// <summary>True (the default) to search the built-in dictionaries after these files; false to use these files only.</summary>
    public bool IncludeBuiltIns { get; init; } = true;

    /// <summary>True when no file is named.</summary>
    public bool IsEmpty => Actors.Count == 0 && Agents.Count == 0 && Verbs.Count == 0 && Discards.Count == 0;

    /// <summary>These sources followed by <paramref name="other"/>'s files; built-ins stay only when both keep them.</summary>
    public DictionarySources Plus(DictionarySources other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new DictionarySources
        {
            Actors = [.. Actors, .. other.Actors],
            Agents = [.. Agents, .. other.Agents],
            Verbs = [.. Verbs, .. other.Verbs],
            Discards = [.. Discards, .. other.Discards],
            IncludeBuiltIns = IncludeBuiltIns && other.IncludeBuiltIns,
        };
    }
}
