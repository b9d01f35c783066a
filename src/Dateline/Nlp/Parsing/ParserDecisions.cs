namespace Dateline.Nlp.Parsing;

/// <summary>The two decisions per transition, shared by prediction and training: which move, then which label.</summary>
internal static class ParserDecisions
{
    /// <summary>Scores the moves of the workspace's configuration (features must be extracted) and returns the best valid one.</summary>
    public static int BestAction(IParserScorer actions, ParserWorkspace work)
    {
        var scores = work.ActionScores;
        Array.Clear(scores);
        actions.Score(work.Features, scores);
        var best = -1;
        for (var a = 0; a < ArcEagerAction.Count; a++)
        {
            if (work.State.IsValid(a) && (best < 0 || scores[a] > scores[best]))
            {
                best = a;
            }
        }
        return best;
    }

    /// <summary>
    /// Prepares the label features for an arc in direction <paramref name="action"/> and returns the
    /// best label; the root label is reserved for arcs from the root, which always get it.
    /// </summary>
    public static int BestLabel(IParserScorer labels, ParserWorkspace work, int action, int rootLabel)
    {
        PrepareLabelFeatures(work, action);
        if (action == ArcEagerAction.RightArc && work.State.Top == 0)
        {
            return rootLabel;
        }
        var scores = work.LabelScores;
        Array.Clear(scores);
        labels.Score(work.LabelFeatures, scores);
        var best = -1;
        for (var l = 0; l < scores.Length; l++)
        {
            if (l != rootLabel && (best < 0 || scores[l] > scores[best]))
            {
                best = l;
            }
        }
        return best;
    }

    /// <summary>Salts the leading features with the arc direction, since left and right arcs take different labels.</summary>
    public static void PrepareLabelFeatures(ParserWorkspace work, int action)
    {
        var salt = action == ArcEagerAction.LeftArc ? 0x3c6ef372fe94f82bUL : 0xa54ff53a5f1d36f1UL;
        for (var i = 0; i < work.LabelFeatures.Length; i++)
        {
            work.LabelFeatures[i] = ParserHash.Finish(work.Features[i] ^ salt);
        }
    }
}
