using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Dateline.Events.Cameo;

/// <summary>
/// The CAMEO event codes (all 2-, 3- and 4-digit codes of the codebook) with label, root, quad class and
/// Goldstein weight, read from <c>knowledge/cameo/codes.tsv</c>. Immutable; safe to share between threads.
/// </summary>
public sealed class CameoCatalog
{
    private static readonly Lazy<CameoCatalog> BuiltIn = new(
        () => Read(CameoResources.ReadText(CameoResources.Codes), CameoResources.Codes),
        LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, CameoCode> _byCode;

    private CameoCatalog(CameoCode[] codes)
    {
        Codes = codes;
        _byCode = new Dictionary<string, CameoCode>(codes.Length, StringComparer.Ordinal);
        foreach (var code in codes) _byCode[code.Code] = code;
    }

    /// <summary>Every code in file order (a root, then its 3- and 4-digit codes).</summary>
    public IReadOnlyList<CameoCode> Codes { get; }

    /// <summary>The catalog built into Dateline.dll (loaded once, then shared).</summary>
    public static CameoCatalog LoadBuiltIn() => BuiltIn.Value;

    /// <summary>Looks a code up exactly (<c>1312</c>; <c>0871</c> keeps its leading zero).</summary>
    /// <param name="code">The code.</param>
    /// <param name="info">The code's entry when found.</param>
    public bool TryGet(string code, [MaybeNullWhen(false)] out CameoCode info)
    {
        ArgumentNullException.ThrowIfNull(code);
        return _byCode.TryGetValue(code, out info);
    }

    /// <summary>The quad class of a root (<c>01</c>–<c>05</c> → 1, <c>06</c>–<c>09</c> → 2, <c>10</c>–<c>14</c> → 3, <c>15</c>–<c>20</c> → 4).</summary>
    internal static int QuadClassOf(int root) => root switch
    {
        <= 5 => 1,
        <= 9 => 2,
        <= 14 => 3,
        _ => 4,
    };

    /// <summary>Reads a table in the <c>codes.tsv</c> layout: code, quad class, Goldstein weight, label.</summary>
    /// <exception cref="InvalidDataException">A row is malformed; the message names file and line.</exception>
    internal static CameoCatalog Read(string text, string file)
    {
        var rows = CameoTable.Read(text, file, 4);
        var codes = new List<CameoCode>(rows.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var entry = ReadRow(row, file);
            if (!seen.Add(entry.Code)) throw CameoTable.Error(file, row.Line, $"code {entry.Code} is listed twice");
            if (entry.Code.Length > 2 && !seen.Contains(entry.Code[..^1]))
            {
                throw CameoTable.Error(file, row.Line, $"code {entry.Code} comes before (or without) its parent {entry.Code[..^1]}");
            }
            codes.Add(entry);
        }
        return new CameoCatalog(codes.ToArray());
    }

    private static CameoCode ReadRow(CameoTable.Row row, string file)
    {
        var fields = row.Fields;
        var code = fields[0];
        if (!CameoTable.IsWellFormed(code)) throw CameoTable.Error(file, row.Line, $"'{code}' is not a CAMEO code (2 to 4 digits, root 01 to 20)");
        var root = int.Parse(code.AsSpan(0, 2), CultureInfo.InvariantCulture);
        if (!int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var quad) || quad != QuadClassOf(root))
        {
            throw CameoTable.Error(file, row.Line, $"quad class '{fields[1]}' of {code} should be {QuadClassOf(root)}");
        }
        if (!double.TryParse(fields[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var goldstein) || goldstein is < -10 or > 10)
        {
            throw CameoTable.Error(file, row.Line, $"Goldstein weight '{fields[2]}' of {code} is not a number from -10 to 10");
        }
        if (fields[3].Length == 0) throw CameoTable.Error(file, row.Line, $"code {code} has no label");
        return new CameoCode(code, fields[3], code[..2], quad, goldstein);
    }
}
