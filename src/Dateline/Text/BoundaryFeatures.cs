using Dateline.Documents;

namespace Dateline.Text;

/// <summary>
/// Hashed features of a gap between two tokens for <see cref="BoundaryModel"/>: the words and shapes on
/// both sides (<c>Thanks</c> → <c>Xx</c>, <c>08/16/2000</c> → <c>dd/dd/dd</c>). Computed from spans of the
/// text with FNV-1a hashing: nothing is allocated.
/// </summary>
internal static class BoundaryFeatures
{
    /// <summary>Number of features per gap.</summary>
    public const int Count = 11;

    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    /// <summary>Writes the feature indices (below <paramref name="size"/>, a power of two) of the gap before <paramref name="next"/>.</summary>
    public static void Extract(string text, IReadOnlyList<Token> tokens, int first, int left, int next, int size, Span<int> features)
    {
        var mask = (ulong)size - 1;
        var leftToken = tokens[left];
        var nextToken = tokens[next];
        var leftWord = Word(text, leftToken, 1);
        var leftShape = Shape(text, leftToken, 2);
        var nextShape = Shape(text, nextToken, 4);
        features[0] = (int)(leftWord & mask);
        features[1] = (int)(leftShape & mask);
        features[2] = (int)(Word(text, nextToken, 3) & mask);
        features[3] = (int)(nextShape & mask);
        features[4] = (int)(Mix(Mix(5, leftShape), nextShape) & mask);
        features[5] = (int)((left > first ? Shape(text, tokens[left - 1], 6) : Mix(6, 0)) & mask);
        features[6] = (int)((next + 1 < tokens.Count ? Shape(text, tokens[next + 1], 7) : Mix(7, 0)) & mask);
        features[7] = (int)(Mix(Mix(8, leftWord), nextShape) & mask);
        features[8] = (int)(Mix(9, 0) & mask);
        features[9] = (int)((left > first ? Word(text, tokens[left - 1], 10) : Mix(10, 0)) & mask);
        features[10] = (int)(Mix(Mix(11, Word(text, nextToken, 11)), leftShape) & mask);
    }

    private static ulong Mix(ulong hash, ulong value) => (hash ^ value) * Prime;

    private static ulong Word(string text, Token token, ulong template)
    {
        var hash = Mix(Offset, template);
        for (var p = token.Start; p < token.End; p++) hash = Mix(hash, char.ToLowerInvariant(text[p]));
        return hash;
    }

    private static ulong Shape(string text, Token token, ulong template)
    {
        var hash = Mix(Offset, template);
        char previous = '\0';
        var run = 0;
        var length = 0;
        for (var p = token.Start; p < token.End && length < 6; p++)
        {
            var c = text[p];
            var s = TextChars.IsUpper(c) ? 'X' : TextChars.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            run = s == previous ? run + 1 : 1;
            previous = s;
            if (run > 2) continue;
            hash = Mix(hash, s);
            length++;
        }
        return hash;
    }
}
