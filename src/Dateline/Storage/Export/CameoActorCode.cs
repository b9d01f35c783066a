using System.Collections.Frozen;

namespace Dateline.Storage.Export;

/// <summary>
/// Takes a CAMEO actor code apart the way GDELT fills its actor columns. A code is a run of three-letter
/// blocks; each block is looked up in <c>knowledge/cameo-actor-blocks.tsv</c>. The first country block is the
/// country (<c>UKRGOV</c>, and <c>WST</c> in <c>IGOWSTNAT</c>); a known-group block fills the known group
/// (a block that is both a group and a type, such as <c>UNO</c>, is the group); then religion blocks (two at most)
/// and type blocks (three at most). A block that is a country but comes after the country (<c>PSE</c>, <c>SHN</c>
/// also name a group and a religion) takes its other meaning. Unknown blocks, and a trailing part shorter than
/// three letters, are skipped.
/// </summary>
public static class CameoActorCode
{
    [Flags]
    private enum Kind
    {
        None = 0,
        Country = 1,
        Group = 2,
        Religion = 4,
        Type = 8,
    }

    private static readonly FrozenDictionary<string, Kind> Blocks = LoadBlocks();

    /// <summary>The parts of <paramref name="code"/>; <see cref="ActorCodeParts.None"/> for null or empty.</summary>
    public static ActorCodeParts Parse(string? code)
    {
        if (string.IsNullOrEmpty(code)) return ActorCodeParts.None;
        string? country = null, group = null;
        Span<int> counts = stackalloc int[2];
        var religions = new string?[2];
        var types = new string?[3];
        var lookup = Blocks.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = 0; i + 3 <= code.Length; i += 3)
        {
            var block = code.AsSpan(i, 3);
            if (!lookup.TryGetValue(block, out var kind)) continue;
            if (country is null && kind.HasFlag(Kind.Country) && (i == 0 || kind == Kind.Country))
            {
                country = block.ToString();
            }
            else if (group is null && kind.HasFlag(Kind.Group))
            {
                group = block.ToString();
            }
            else if (kind.HasFlag(Kind.Religion) && counts[0] < religions.Length)
            {
                religions[counts[0]++] = block.ToString();
            }
            else if (kind.HasFlag(Kind.Type) && counts[1] < types.Length)
            {
                types[counts[1]++] = block.ToString();
            }
        }
        return new ActorCodeParts(country, group, religions[0], religions[1], types[0], types[1], types[2]);
    }

    /// <summary>The kinds (<c>country</c>, <c>group</c>, <c>religion</c>, <c>type</c>) the table gives each block.</summary>
    internal static IEnumerable<(string Block, string Kind)> Table() =>
        ExportKnowledge.Pairs("cameo-actor-blocks.tsv").Select(p => (p.Key, p.Value));

    private static FrozenDictionary<string, Kind> LoadBlocks()
    {
        var blocks = new Dictionary<string, Kind>(StringComparer.Ordinal);
        foreach (var (block, name) in ExportKnowledge.Pairs("cameo-actor-blocks.tsv"))
        {
            var kind = name switch
            {
                "country" => Kind.Country,
                "group" => Kind.Group,
                "religion" => Kind.Religion,
                "type" => Kind.Type,
                _ => throw new InvalidDataException($"knowledge/cameo-actor-blocks.tsv: block {block} has unknown kind '{name}'."),
            };
            blocks[block] = blocks.GetValueOrDefault(block) | kind;
        }
        return blocks.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
