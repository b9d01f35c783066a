using Dateline.Knowledge.Dictionaries;

namespace Dateline.Events;

/// <summary>
/// Finds the dictionary verb at a word: by its form (<c>GAVE</c>) or its lemma, preferring the form with the
/// most words that all match (<c>BROKEN DOWN</c> over <c>BREAK</c>); the other words of a multi-word form must
/// stand right before or after the verb, or be its particle (<c>compound:prt</c>).
/// </summary>
internal static class VerbFinder
{
    public static VerbMatch? Find(ParsedSentence s, VerbDictionary verbs, int v)
    {
        VerbMatch? best = null;
        var bestWords = 0;
        Consider(s, verbs.FindByForm(s.Words[v]), v, byLemma: false, ref best, ref bestWords);
        Consider(s, verbs.FindByLemma(s.Lemmas[v]), v, byLemma: true, ref best, ref bestWords);
        return best;
    }

    private static void Consider(ParsedSentence s, IReadOnlyList<VerbEntry> entries, int v, bool byLemma, ref VerbMatch? best, ref int bestWords)
    {
        foreach (var entry in entries)
        {
            for (var f = 0; f < entry.Forms.Count; f++)
            {
                var form = entry.Forms[f];
                var verbWord = byLemma ? s.Lemmas[v] : s.Words[v];
                if (form.Verb != verbWord || (byLemma && f != 0)) continue;
                var particles = MatchOthers(s, form, v);
                if (particles is null) continue;
                // Later entries win ties, as PETRARCH lets a later verb line overwrite an earlier one; but a word
                // listed as a verb of its own ("LEFT") is not overridden by its lemma's entry ("LEAVE").
                if (form.Words.Count > bestWords || (form.Words.Count == bestWords && !(byLemma && best is not null)))
                {
                    best = new VerbMatch(entry, particles);
                    bestWords = form.Words.Count;
                }
            }
        }
    }

    private static int[]? MatchOthers(ParsedSentence s, VerbForm form, int v)
    {
        if (form.Words.Count == 1) return [];
        var particles = new int[form.Words.Count - 1];
        var n = 0;
        for (var j = 0; j < form.VerbIndex; j++)
        {
            var w = v - form.VerbIndex + j;
            if (w < 0 || !Same(s, w, form.Words[j])) return null;
            particles[n++] = w;
        }
        var next = v + 1;
        for (var j = form.VerbIndex + 1; j < form.Words.Count; j++)
        {
            if (next < s.Count && Same(s, next, form.Words[j]))
            {
                particles[n++] = next++;
                continue;
            }
            var particle = Particle(s, v, form.Words[j]);
            if (particle < 0) return null;
            particles[n++] = particle;
        }
        return particles;
    }

    private static int Particle(ParsedSentence s, int v, string word)
    {
        foreach (var child in s.Children(v))
        {
            if (s.Is(child, "compound:prt") && Same(s, child, word)) return child;
        }
        return -1;
    }

    private static bool Same(ParsedSentence s, int w, string word) => s.Words[w] == word || s.Lemmas[w] == word;
}
