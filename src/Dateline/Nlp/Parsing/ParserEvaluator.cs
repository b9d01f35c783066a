using System.Diagnostics;
using Dateline.Corpora;
using Dateline.Documents;

namespace Dateline.Nlp.Parsing;

/// <summary>Scores a parser against gold CoNLL-U trees, with tags from the gold file or from a function (e.g. a tagger).</summary>
public static class ParserEvaluator
{
    /// <summary>Parses every sentence and counts correct heads and relations over all tokens.</summary>
    /// <param name="parser">The parser.</param>
    /// <param name="gold">Gold sentences.</param>
    /// <param name="tags">Supplies the tags to parse with; null uses the gold tags of each sentence.</param>
    public static ParserEvaluation Evaluate(DependencyParser parser, IEnumerable<ConlluSentence> gold, Func<ConlluSentence, PosTags>? tags = null)
    {
        ArgumentNullException.ThrowIfNull(parser);
        ArgumentNullException.ThrowIfNull(gold);
        int sentences = 0, tokens = 0, heads = 0, labeled = 0, universal = 0;
        var work = parser.CreateWorkspace();
        var clock = new Stopwatch();
        var predictedHeads = new int[16];
        var predictedRelations = new string[16];
        foreach (var sentence in gold)
        {
            var words = sentence.Words;
            var n = words.Count;
            var given = tags?.Invoke(sentence);
            var codes = new ParserTokenCodes(n);
            for (var i = 0; i < n; i++)
            {
                codes.Set(i, words[i].Form, given?.Upos[i] ?? words[i].Upos, given?.Xpos[i] ?? words[i].Xpos);
            }
            if (predictedHeads.Length < n)
            {
                predictedHeads = new int[n * 2];
                predictedRelations = new string[n * 2];
            }
            clock.Start();
            parser.Parse(codes, work, predictedHeads.AsSpan(0, n), predictedRelations.AsSpan(0, n));
            clock.Stop();
            sentences++;
            for (var i = 0; i < n; i++)
            {
                tokens++;
                if (predictedHeads[i] != words[i].Head - 1) continue;
                heads++;
                var predicted = predictedRelations[i];
                var expected = words[i].Deprel;
                if (predicted == expected) labeled++;
                if (Universal(predicted).SequenceEqual(Universal(expected))) universal++;
            }
        }
        return new ParserEvaluation(sentences, tokens, heads, labeled, universal, clock.Elapsed);
    }

    private static ReadOnlySpan<char> Universal(string relation)
    {
        var colon = relation.IndexOf(':');
        return colon < 0 ? relation : relation.AsSpan(0, colon);
    }
}
