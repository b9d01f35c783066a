namespace Dateline.Nlp.Entities;

/// <summary>
/// Makes a document's names agree after each sentence has been labelled: every occurrence of a name takes the
/// type most of its occurrences got (ties keep the labeler's choice). Measured on GUM dev, this helps; extending
/// one-word names to the type of a longer name they end, or adding missed repeats, did not.
/// </summary>
internal static class DocumentConsistency
{
    /// <summary>Rewrites the types in <paramref name="names"/> (one list per sentence) in place.</summary>
    public static void Apply(IReadOnlyList<SentenceText> sentences, IReadOnlyList<List<NamedSpan>> names)
    {
        var votes = new Dictionary<ulong, int[]>();
        for (var s = 0; s < sentences.Count; s++)
        {
            foreach (var name in names[s])
            {
                var key = PhraseHash(sentences[s], name.Start, name.End);
                if (!votes.TryGetValue(key, out var counts))
                {
                    counts = new int[BilouScheme.Types.Length];
                    votes[key] = counts;
                }
                counts[BilouScheme.TypeIndex(name.Type)]++;
            }
        }
        for (var s = 0; s < sentences.Count; s++)
        {
            var list = names[s];
            for (var n = 0; n < list.Count; n++)
            {
                var counts = votes[PhraseHash(sentences[s], list[n].Start, list[n].End)];
                var best = BilouScheme.TypeIndex(list[n].Type);
                for (var t = 0; t < counts.Length; t++)
                {
                    if (counts[t] > counts[best]) best = t;
                }
                list[n] = list[n] with { Type = BilouScheme.Types[best] };
            }
        }
    }

    private static ulong PhraseHash(in SentenceText sentence, int start, int end)
    {
        ulong hash = 0;
        for (var i = start; i < end; i++) hash = FeatureHash.Mix(77, hash, FeatureHash.Of(sentence.Word(i)));
        return hash;
    }
}
