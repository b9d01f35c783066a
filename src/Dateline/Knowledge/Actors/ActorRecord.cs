using Dateline.Knowledge.Dictionaries;

namespace Dateline.Knowledge.Actors;

/// <summary>
/// One actor of the built-in knowledge (<c>knowledge/actors/</c>): its canonical name, the other names that refer to
/// it, what kind of actor it is, its CAMEO codes with their date windows, its role and its country.
/// </summary>
public sealed class ActorRecord
{
    /// <summary>Creates a record.</summary>
    /// <param name="name">The canonical name.</param>
    /// <param name="kind">The kind of actor.</param>
    /// <param name="codes">The codes with their validity windows, in file order.</param>
    public ActorRecord(string name, ActorKind kind, IReadOnlyList<ActorCode> codes)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(codes);
        Name = name;
        Kind = kind;
        Codes = codes;
    }

    /// <summary>The canonical name (<c>Volodymyr Zelenskiy</c>, <c>United States</c>).</summary>
    public string Name { get; }

    /// <summary>Other names, spellings and transliterations (<c>Zelensky</c>, <c>U.S.</c>).</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>Demonyms and adjectives of a country (<c>Russian</c>, <c>Russians</c>); empty for other kinds.</summary>
    public IReadOnlyList<string> Demonyms { get; init; } = [];

    /// <summary>The kind of actor.</summary>
    public ActorKind Kind { get; }

    /// <summary>The CAMEO codes with their validity windows (from inclusive, until exclusive), in file order.</summary>
    public IReadOnlyList<ActorCode> Codes { get; }

    /// <summary>The CAMEO role (agent) code the actor carries: <c>GOV</c>, <c>MIL</c>, <c>MED</c>, <c>REB</c>...; null when none.</summary>
    public string? Role { get; init; }

    /// <summary>The CAMEO country code the actor belongs to (<c>UKR</c>), null for international actors.</summary>
    public string? Country { get; init; }

    /// <summary>A free-text note: the office held, what the organization is.</summary>
    public string? Note { get; init; }

    /// <summary>The knowledge file the record was read from.</summary>
    public string File { get; init; } = "";

    /// <summary>The line of the record in <see cref="File"/>.</summary>
    public int Line { get; init; }

    /// <summary>The canonical name, then the aliases, then the demonyms.</summary>
    public IEnumerable<string> AllNames()
    {
        yield return Name;
        foreach (var alias in Aliases) yield return alias;
        foreach (var demonym in Demonyms) yield return demonym;
    }

    /// <summary>
    /// The code valid on <paramref name="date"/>: the first dated code whose window contains it, else the first undated
    /// code, else null (as <see cref="ActorEntry.CodeAt"/>).
    /// </summary>
    public string? CodeAt(DateOnly date)
    {
        string? undated = null;
        foreach (var code in Codes)
        {
            if (!code.IsDated) undated ??= code.Code;
            else if (code.IsValidOn(date)) return code.Code;
        }
        return undated;
    }

    /// <summary>The canonical name.</summary>
    public override string ToString() => Name;
}
