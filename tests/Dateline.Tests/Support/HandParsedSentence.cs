using Dateline.Corpora;
using Dateline.Events;

namespace Dateline.Tests.Support;

/// <summary>
/// Builds parsed sentences by hand for event-coding tests: one string per word, <c>"form lemma UPOS head relation"</c>,
/// with 1-based heads (0 for the root) as in CoNLL-U.
/// </summary>
public static class HandParsedSentence
{
    /// <summary>The parsed sentence of the given words.</summary>
    public static ParsedSentence Create(params string[] words)
    {
        var tokens = new List<ConlluToken>();
        foreach (var word in words)
        {
            var parts = word.Split(' ');
            if (parts.Length != 5) throw new ArgumentException($"expected 'form lemma UPOS head relation', got '{word}'.", nameof(words));
            tokens.Add(new ConlluToken(parts[0], parts[1], parts[2], "_", "_", int.Parse(parts[3], System.Globalization.CultureInfo.InvariantCulture), parts[4], "_"));
        }
        return ParsedSentence.FromConllu(new ConlluSentence("", "", tokens, [], [], false, false));
    }
}
