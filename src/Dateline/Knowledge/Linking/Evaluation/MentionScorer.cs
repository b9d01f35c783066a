using Dateline.Documents;

namespace Dateline.Knowledge.Linking.Evaluation;

/// <summary>Matches predicted mentions to gold ones in the annotated sentences and adds the counts to a score.</summary>
internal static class MentionScorer
{
    public static void Score(MeantimeEntityDocument gold, Document document, List<PredictedMention> predicted, MentionScore score, List<string>? errors)
    {
        var window = gold.AnnotatedSentences == 0 ? 0 : gold.Sentences[gold.AnnotatedSentences - 1].EndToken;
        var scored = gold.Mentions.Where(m => m.IsScored && m.EndToken <= window).ToList();
        var ignored = gold.Mentions.Where(m => !m.IsScored).ToList();
        var kept = predicted.Where(p => p.EndToken <= window && (Overlapping(scored, p) || !Overlapping(ignored, p))).ToList();
        score.Gold += scored.Count;
        score.Predicted += kept.Count;
        var match = Match(scored, kept);
        var pairs = new List<(GoldMention Gold, PredictedMention Predicted)>();
        for (var g = 0; g < scored.Count; g++)
        {
            if (match[g] < 0)
            {
                errors?.Add($"{gold.Name}: missed '{Text(gold, scored[g].FirstToken, scored[g].EndToken)}' {scored[g].Type}");
                continue;
            }
            var p = kept[match[g]];
            score.Overlap++;
            if (p.FirstToken == scored[g].FirstToken && p.EndToken == scored[g].EndToken)
            {
                score.Strict++;
                if (scored[g].Type is { } type)
                {
                    score.Typed++;
                    if (TypeName(p.Type) == type) score.TypedRight++;
                }
            }
            else
            {
                errors?.Add($"{gold.Name}: boundary: gold '{Text(gold, scored[g].FirstToken, scored[g].EndToken)}', found '{Text(gold, p.FirstToken, p.EndToken)}'");
            }
            if (scored[g].Entity is not null) pairs.Add((scored[g], p));
        }
        ReportSpurious(gold, kept, match, errors);
        AddCubed(gold, pairs, score, errors);
    }

    /// <summary>For each gold mention the index of its predicted mention, or -1; exact spans are matched first.</summary>
    private static int[] Match(List<GoldMention> gold, List<PredictedMention> predicted)
    {
        var match = Enumerable.Repeat(-1, gold.Count).ToArray();
        var used = new bool[predicted.Count];
        for (var pass = 0; pass < 2; pass++)
        {
            for (var g = 0; g < gold.Count; g++)
            {
                if (match[g] >= 0) continue;
                for (var p = 0; p < predicted.Count; p++)
                {
                    if (used[p] || !Overlaps(gold[g], predicted[p])) continue;
                    if (pass == 0 && (predicted[p].FirstToken != gold[g].FirstToken || predicted[p].EndToken != gold[g].EndToken)) continue;
                    match[g] = p;
                    used[p] = true;
                    break;
                }
            }
        }
        return match;
    }

    private static void AddCubed(MeantimeEntityDocument gold, List<(GoldMention Gold, PredictedMention Predicted)> pairs, MentionScore score, List<string>? errors)
    {
        foreach (var (g, p) in pairs)
        {
            var goldCluster = pairs.Count(x => x.Gold.Entity == g.Entity);
            var predictedCluster = pairs.Count(x => x.Predicted.Cluster == p.Cluster);
            var both = pairs.Count(x => x.Gold.Entity == g.Entity && x.Predicted.Cluster == p.Cluster);
            score.CubedPrecisionSum += (double)both / predictedCluster;
            score.CubedRecallSum += (double)both / goldCluster;
            score.CubedMentions++;
            if (both < predictedCluster) errors?.Add($"{gold.Name}: '{Text(gold, g.FirstToken, g.EndToken)}' merged with another entity's mention");
            if (both < goldCluster) errors?.Add($"{gold.Name}: '{Text(gold, g.FirstToken, g.EndToken)}' split from its entity's other mentions");
        }
    }

    private static void ReportSpurious(MeantimeEntityDocument gold, List<PredictedMention> kept, int[] match, List<string>? errors)
    {
        if (errors is null) return;
        var used = new HashSet<int>(match.Where(m => m >= 0));
        for (var p = 0; p < kept.Count; p++)
        {
            if (!used.Contains(p)) errors.Add($"{gold.Name}: spurious '{Text(gold, kept[p].FirstToken, kept[p].EndToken)}' {TypeName(kept[p].Type)}");
        }
    }

    private static bool Overlapping(List<GoldMention> gold, PredictedMention p) => gold.Any(g => Overlaps(g, p));

    private static bool Overlaps(GoldMention g, PredictedMention p) => p.FirstToken < g.EndToken && g.FirstToken < p.EndToken;

    private static string TypeName(EntityType type) => type switch
    {
        EntityType.Person => "PER",
        EntityType.Organization => "ORG",
        EntityType.Location => "LOC",
        _ => "GROUP",
    };

    private static string Text(MeantimeEntityDocument gold, int first, int end) =>
        gold.Text[gold.Tokens[first].Start..gold.Tokens[end - 1].End];
}
