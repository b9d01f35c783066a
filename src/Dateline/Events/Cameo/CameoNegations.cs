namespace Dateline.Events.Cameo;

/// <summary>
/// The code a negated verb gives instead of its own ("did not clash" 110 → 050), read from
/// <c>knowledge/cameo/negations.tsv</c>. Immutable; safe to share between threads.
/// </summary>
internal sealed class CameoNegations
{
    private static readonly Lazy<CameoNegations> BuiltIn = new(
        () => Read(CameoResources.ReadText(CameoResources.Negations), CameoResources.Negations),
        LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, string> _negated;

    private CameoNegations(Dictionary<string, string> negated) => _negated = negated;

    /// <summary>The table built into Dateline.dll (loaded once, then shared).</summary>
    public static CameoNegations LoadBuiltIn() => BuiltIn.Value;

    /// <summary>The code negating <paramref name="code"/>, or null when negation does not change the code.</summary>
    public string? Negate(string code) => _negated.TryGetValue(code, out var negated) ? negated : null;

    /// <summary>Reads a table in the <c>negations.tsv</c> layout: code, negated code, note.</summary>
    /// <exception cref="InvalidDataException">A row is malformed or repeats a code; the message names file and line.</exception>
    internal static CameoNegations Read(string text, string file)
    {
        var negated = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in CameoTable.Read(text, file, 3))
        {
            var (code, negation) = (row.Fields[0], row.Fields[1]);
            if (!CameoTable.IsWellFormed(code)) throw CameoTable.Error(file, row.Line, $"'{code}' is not a CAMEO code");
            if (!CameoTable.IsWellFormed(negation)) throw CameoTable.Error(file, row.Line, $"'{negation}' is not a CAMEO code");
            if (!negated.TryAdd(code, negation)) throw CameoTable.Error(file, row.Line, $"code {code} is listed twice");
        }
        return new CameoNegations(negated);
    }
}
