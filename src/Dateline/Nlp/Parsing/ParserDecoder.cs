namespace Dateline.Nlp.Parsing;

/// <summary>Greedy arc-eager decoding: extract features, pick a move, pick a label, until the buffer is empty.</summary>
internal static class ParserDecoder
{
    /// <summary>Parses the sentence of <paramref name="codes"/>; the result is left in the workspace's state.</summary>
    public static void Run(IParserScorer actions, IParserScorer labels, int rootLabel, ParserTokenCodes codes, ParserWorkspace work)
    {
        var state = work.State;
        state.Reset(codes.Length);
        while (!state.IsTerminal)
        {
            ParserFeatures.Extract(state, codes, work.Features);
            var action = ParserDecisions.BestAction(actions, work);
            var label = action is ArcEagerAction.LeftArc or ArcEagerAction.RightArc
                ? ParserDecisions.BestLabel(labels, work, action, rootLabel)
                : -1;
            state.Apply(action, label);
        }
        state.Finish(rootLabel);
    }
}
