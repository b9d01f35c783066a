using System.Collections.Frozen;

namespace Dateline.Text;

/// <summary>
/// The word lists of <see cref="SegmentationLexiconData"/>, as frozen sets that can be probed with a
/// span of the text (no substring per lookup).
/// </summary>
internal sealed class SegmentationLexicon
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _titles;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _abbreviations;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _beforeNumber;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _hyphenPrefixes;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _sentenceStarters;

    /// <summary>The project's lists, parsed once.</summary>
    public static readonly SegmentationLexicon Default = Parse(SegmentationLexiconData.Text);

    private SegmentationLexicon(IReadOnlyDictionary<string, List<string>> sections)
    {
        _titles = Set(sections, "titles", StringComparer.Ordinal);
        _abbreviations = Set(sections, "abbreviations", StringComparer.Ordinal);
        _beforeNumber = Set(sections, "before-number", StringComparer.Ordinal);
        _hyphenPrefixes = Set(sections, "hyphen-prefixes", StringComparer.OrdinalIgnoreCase);
        _sentenceStarters = Set(sections, "sentence-starters", StringComparer.Ordinal);
        Emoticons = sections.TryGetValue("emoticons", out var emoticons)
            ? [.. emoticons.OrderByDescending(e => e.Length).ThenBy(e => e, StringComparer.Ordinal)]
            : [];
    }

    /// <summary>Emoticons, longest first.</summary>
    public string[] Emoticons { get; }

    /// <summary>Parses lists in the format of <see cref="SegmentationLexiconData.Text"/>.</summary>
    /// <exception cref="FormatException">An entry comes before any section header.</exception>
    public static SegmentationLexicon Parse(string text)
    {
        var sections = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        List<string>? current = null;
        var lineNumber = 0;
        foreach (var rawLine in text.Split('\n'))
        {
            lineNumber++;
            var line = rawLine.Trim();
            if (line.Length == 0 || line[0] == '#') continue;
            if (line[0] == '[' && line[^1] == ']')
            {
                current = [];
                sections[line[1..^1]] = current;
                continue;
            }
            if (current == null)
            {
                throw new FormatException($"E101: segmentation lexicon line {lineNumber}: entry before any [section].");
            }
            current.AddRange(line.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        }
        return new SegmentationLexicon(sections);
    }

    /// <summary>True for an abbreviation that comes before a name (<c>Mr</c>, <c>Gen</c>).</summary>
    public bool IsTitle(ReadOnlySpan<char> word) => _titles.Contains(word);

    /// <summary>True for an abbreviation that may also end a sentence (<c>Inc</c>, <c>etc</c>, <c>Feb</c>).</summary>
    public bool IsAbbreviation(ReadOnlySpan<char> word) => _abbreviations.Contains(word);

    /// <summary>True for an abbreviation used only before a number (<c>No</c>, <c>Vol</c>).</summary>
    public bool IsBeforeNumber(ReadOnlySpan<char> word) => _beforeNumber.Contains(word);

    /// <summary>True for a prefix that stays joined across a hyphen (<c>non</c>, <c>e</c>).</summary>
    public bool IsHyphenPrefix(ReadOnlySpan<char> word) => _hyphenPrefixes.Contains(word);

    /// <summary>True for a capitalized word that usually opens a sentence (<c>The</c>, <c>He</c>).</summary>
    public bool IsSentenceStarter(ReadOnlySpan<char> word) => _sentenceStarters.Contains(word);

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Set(
        IReadOnlyDictionary<string, List<string>> sections, string name, StringComparer comparer)
    {
        var entries = sections.TryGetValue(name, out var list) ? list : [];
        return entries.ToFrozenSet(comparer).GetAlternateLookup<ReadOnlySpan<char>>();
    }
}
