using System.Runtime.CompilerServices;
using Dateline.Nlp.Learning;

namespace Dateline.Nlp.Tagging;

/// <summary>
/// Per-token hashes that features combine: the normalized form, its lowercase, prefixes, suffixes,
/// shape and spelling flags. Computed once per sentence so that neighbouring tokens reuse them.
/// Positions outside the sentence read as padding values.
/// </summary>
internal sealed class SentenceAtoms
{
    /// <summary>Longest prefix and suffix used as features.</summary>
    public const int MaxAffix = 4;
    private const int MaxShape = 24;
    private const int FlagDigit = 1, FlagHyphen = 2, FlagInitialUpper = 4, FlagAllUpper = 8, FlagAlpha = 16, FlagShort = 32, FlagPeriod = 64;

    private static readonly ulong PadBefore = PerceptronFeatureHash.OfChars("<s>\u0001");
    private static readonly ulong PadAfter = PerceptronFeatureHash.OfChars("</s>\u0001");

    /// <summary>Computes the atoms of a sentence.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public SentenceAtoms(ReadOnlySpan<ReadOnlyMemory<char>> words, AmbiguityClasses classes)
    {
        Length = words.Length;
        Form = new ulong[Length];
        Lower = new ulong[Length];
        Shape = new ulong[Length];
        Flags = new int[Length];
        Suffix = new ulong[Length * MaxAffix];
        Prefix = new ulong[Length * MaxAffix];
        Ambiguity = new ulong[Length];
        Span<char> buffer = stackalloc char[128];
        for (var i = 0; i < Length; i++)
        {
            var word = words[i].Span;
            if (word.Length > buffer.Length) word = word[..buffer.Length];
            Fill(i, word, buffer[..word.Length]);
            Ambiguity[i] = classes.Of(Lower[i]);
        }
    }

    /// <summary>Number of tokens.</summary>
    public int Length { get; }

    /// <summary>Hash of the normalized form.</summary>
    public ulong[] Form { get; }

    /// <summary>Hash of the normalized lowercase form.</summary>
    public ulong[] Lower { get; }

    /// <summary>Hash of the word shape (X, x, d, other characters kept; runs capped at two).</summary>
    public ulong[] Shape { get; }

    /// <summary>Spelling flags.</summary>
    public int[] Flags { get; }

    /// <summary>Suffix hashes of the lowercase form, <see cref="MaxAffix"/> per token (length 1 first).</summary>
    public ulong[] Suffix { get; }

    /// <summary>Prefix hashes of the lowercase form, <see cref="MaxAffix"/> per token (length 1 first).</summary>
    public ulong[] Prefix { get; }

    /// <summary>Ambiguity class hash of each token (see <see cref="AmbiguityClasses"/>).</summary>
    public ulong[] Ambiguity { get; }

    /// <summary>The ambiguity class at <paramref name="i"/>, or padding outside the sentence.</summary>
    public ulong AmbiguityAt(int i) => i < 0 ? PadBefore : i >= Length ? PadAfter : Ambiguity[i];

    /// <summary>The lowercase hash at <paramref name="i"/>, or padding outside the sentence.</summary>
    public ulong LowerAt(int i) => i < 0 ? PadBefore : i >= Length ? PadAfter : Lower[i];

    /// <summary>The shape hash at <paramref name="i"/>, or padding outside the sentence.</summary>
    public ulong ShapeAt(int i) => i < 0 ? PadBefore : i >= Length ? PadAfter : Shape[i];

    /// <summary>The suffix of length <paramref name="length"/> at <paramref name="i"/>, or padding outside the sentence.</summary>
    public ulong SuffixAt(int i, int length) =>
        i < 0 ? PadBefore : i >= Length ? PadAfter : Suffix[i * MaxAffix + length - 1];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Fill(int i, ReadOnlySpan<char> word, Span<char> lower)
    {
        Span<char> form = stackalloc char[word.Length];
        TaggerText.NormalizeInto(word, form, lower: false);
        TaggerText.NormalizeInto(word, lower, lower: true);
        Form[i] = PerceptronFeatureHash.OfChars(form);
        Lower[i] = PerceptronFeatureHash.OfChars(lower);
        for (var n = 1; n <= MaxAffix; n++)
        {
            var k = Math.Min(n, lower.Length);
            Suffix[i * MaxAffix + n - 1] = PerceptronFeatureHash.OfChars(lower[^k..]);
            Prefix[i * MaxAffix + n - 1] = PerceptronFeatureHash.OfChars(lower[..k]);
        }
        Shape[i] = ShapeHash(form);
        Flags[i] = FlagsOf(form);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ulong ShapeHash(ReadOnlySpan<char> form)
    {
        Span<char> shape = stackalloc char[MaxShape];
        var length = 0;
        var run = 0;
        var last = '\0';
        foreach (var c in form)
        {
            var s = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : char.IsLetter(c) ? 'x' : c;
            run = s == last ? run + 1 : 1;
            last = s;
            if (run > 2 || length == MaxShape) continue;
            shape[length++] = s;
        }
        return PerceptronFeatureHash.OfChars(shape[..length]);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int FlagsOf(ReadOnlySpan<char> form)
    {
        int flags = 0, upper = 0, letters = 0;
        foreach (var c in form)
        {
            if (char.IsDigit(c)) flags |= FlagDigit;
            else if (c == '-') flags |= FlagHyphen;
            else if (c == '.') flags |= FlagPeriod;
            if (char.IsLetter(c))
            {
                letters++;
                if (char.IsUpper(c)) upper++;
            }
        }
        if (form.Length > 0 && char.IsUpper(form[0])) flags |= FlagInitialUpper;
        if (letters > 1 && upper == letters) flags |= FlagAllUpper;
        if (letters > 0) flags |= FlagAlpha;
        if (form.Length <= 3) flags |= FlagShort;
        return flags;
    }
}
