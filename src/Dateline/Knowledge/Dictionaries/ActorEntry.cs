namespace Dateline.Knowledge.Dictionaries;

/// <summary>An actor: its primary name, its synonyms (<c>+</c> lines) and its codes, some restricted to dates.</summary>
public sealed class ActorEntry
{
    /// <summary>Creates an entry.</summary>
    /// <param name="names">The primary name first, then the synonyms; each is its upper-case words.</param>
    /// <param name="codes">The codes in file order.</param>
    /// <param name="line">The line of the primary name.</param>
    public ActorEntry(IReadOnlyList<IReadOnlyList<string>> names, IReadOnlyList<ActorCode> codes, int line)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(codes);
        if (names.Count == 0) throw new ArgumentException("An actor needs at least one name.", nameof(names));
        Names = names;
        Codes = codes;
        Line = line;
    }

    /// <summary>The primary name's words.</summary>
    public IReadOnlyList<string> Name => Names[0];

    /// <summary>The primary name first, then the synonyms.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Names { get; }

    /// <summary>The codes in file order.</summary>
    public IReadOnlyList<ActorCode> Codes { get; }

    /// <summary>The line of the primary name.</summary>
    public int Line { get; }

    /// <summary>
    /// The code valid on <paramref name="date"/>: the first dated code whose window contains the date, else the first
    /// undated code, else null (no code, or every code is dated and none applies).
    /// </summary>
    public string? CodeAt(DateOnly date)
    {
        string? undated = null;
        foreach (var code in Codes)
        {
            if (!code.IsDated)
            {
                undated ??= code.Code;
            }
            else if (code.IsValidOn(date))
            {
                return code.Code;
            }
        }
        return undated;
    }

    /// <summary>The primary name with blanks between the words.</summary>
    public override string ToString() => string.Join(' ', Name);
}
