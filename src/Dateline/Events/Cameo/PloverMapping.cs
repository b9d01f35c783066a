namespace Dateline.Events.Cameo;

/// <summary>
/// CAMEO code → PLOVER event type, mode and context, read from <c>knowledge/cameo/plover.tsv</c> (facts from
/// the PLOVER project's CAMEO2PLOVER table, see knowledge/README.md). A code without its own row maps like its
/// parent (<c>0871</c> → <c>087</c> → <c>08</c>). Immutable; safe to share between threads.
/// </summary>
public sealed class PloverMapping
{
    private static readonly Lazy<PloverMapping> BuiltIn = new(
        () => Read(CameoResources.ReadText(CameoResources.Plover), CameoResources.Plover),
        LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, PloverEvent> _byCode;
    private readonly Dictionary<string, PloverEvent>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

    private PloverMapping(Dictionary<string, PloverEvent> byCode)
    {
        _byCode = byCode;
        _bySpan = byCode.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The number of CAMEO codes with a row of their own.</summary>
    public int Count => _byCode.Count;

    /// <summary>The mapping built into Dateline.dll (loaded once, then shared).</summary>
    public static PloverMapping LoadBuiltIn() => BuiltIn.Value;

    /// <summary>
    /// The PLOVER event of a CAMEO code, falling back to the parent code when the code has no row of its own;
    /// null when neither has one (root 01, public statements, has no PLOVER event) or the code is not a CAMEO code.
    /// </summary>
    public PloverEvent? Map(string cameoCode)
    {
        ArgumentNullException.ThrowIfNull(cameoCode);
        if (!CameoTable.IsWellFormed(cameoCode)) return null;
        for (var length = cameoCode.Length; length >= 2; length--)
        {
            if (_bySpan.TryGetValue(cameoCode.AsSpan(0, length), out var plover)) return plover;
        }
        return null;
    }

    /// <summary>Reads a table in the <c>plover.tsv</c> layout: code, type, mode, context (empty = none).</summary>
    /// <exception cref="InvalidDataException">A row is malformed; the message names file and line.</exception>
    internal static PloverMapping Read(string text, string file)
    {
        var byCode = new Dictionary<string, PloverEvent>(StringComparer.Ordinal);
        foreach (var row in CameoTable.Read(text, file, 4))
        {
            var fields = row.Fields;
            if (!CameoTable.IsWellFormed(fields[0])) throw CameoTable.Error(file, row.Line, $"'{fields[0]}' is not a CAMEO code");
            if (fields[1].Length == 0) throw CameoTable.Error(file, row.Line, $"code {fields[0]} has no PLOVER type");
            var plover = new PloverEvent(fields[1], NullIfEmpty(fields[2]), NullIfEmpty(fields[3]));
            if (!byCode.TryAdd(fields[0], plover)) throw CameoTable.Error(file, row.Line, $"code {fields[0]} is listed twice");
        }
        return new PloverMapping(byCode);
    }

    private static string? NullIfEmpty(string field) => field.Length == 0 ? null : field;
}
