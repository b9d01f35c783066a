namespace Dateline.Nlp.Parsing;

/// <summary>The mutable state of one training run: the two perceptron tables and the update clock.</summary>
internal sealed class ParserTrainingRun
{
    private readonly ParserTrainingOptions _options;
    private readonly string[] _labels;
    private readonly int _rootLabel;
    private readonly ParserTrainingTable _actions;
    private readonly ParserTrainingTable _labelWeights;
    private readonly ParserWorkspace _work;
    private readonly int[] _costs = new int[ArcEagerAction.Count];
    private long _time = 1;

    public ParserTrainingRun(ParserTrainingOptions options, string[] labels)
    {
        _options = options;
        _labels = labels;
        _rootLabel = Array.IndexOf(labels, "root");
        _actions = new ParserTrainingTable(options.ActionBits, ArcEagerAction.Count);
        _labelWeights = new ParserTrainingTable(options.LabelBits, labels.Length);
        _work = new ParserWorkspace(labels.Length);
    }

    /// <summary>Moves made since the last reset.</summary>
    public long Transitions { get; private set; }

    /// <summary>Wrong moves since the last reset.</summary>
    public long Errors { get; private set; }

    public void ResetCounts() => Transitions = Errors = 0;

    /// <summary>The averaged model so far.</summary>
    public DependencyParser Snapshot() =>
        new(_labels, _actions.Average(_time, _options.PruneBelow), _labelWeights.Average(_time, _options.PruneBelow));

    /// <summary>Parses one sentence, updating the weights at every wrong move or label.</summary>
    public void TrainSentence(ParserTrainingSentence sentence, bool explore, Random random)
    {
        var state = _work.State;
        state.Reset(sentence.Codes.Length);
        while (!state.IsTerminal)
        {
            ParserFeatures.Extract(state, sentence.Codes, _work.Features);
            var predicted = ParserDecisions.BestAction(_actions, _work);
            ArcEagerOracle.Costs(state, sentence.Heads, _costs);
            var correct = BestCorrect();
            var follow = predicted;
            if (_costs[predicted] > _costs[correct])
            {
                Errors++;
                _actions.Update(_work.Features, correct, 1f, _time);
                _actions.Update(_work.Features, predicted, -1f, _time);
                if (!explore || random.NextDouble() >= _options.ExplorationProbability)
                {
                    follow = correct;
                }
            }
            var label = follow is ArcEagerAction.LeftArc or ArcEagerAction.RightArc ? ChooseLabel(sentence, follow) : -1;
            state.Apply(follow, label);
            Transitions++;
            _time++;
        }
    }

    /// <summary>The valid move of least cost with the highest score.</summary>
    private int BestCorrect()
    {
        var best = -1;
        for (var a = 0; a < ArcEagerAction.Count; a++)
        {
            if (_costs[a] == int.MaxValue) continue;
            if (best < 0 || _costs[a] < _costs[best] ||
                (_costs[a] == _costs[best] && _work.ActionScores[a] > _work.ActionScores[best]))
            {
                best = a;
            }
        }
        return best;
    }

    private int ChooseLabel(ParserTrainingSentence sentence, int action)
    {
        var state = _work.State;
        int head = action == ArcEagerAction.LeftArc ? state.Front : state.Top;
        int dependent = action == ArcEagerAction.LeftArc ? state.Top : state.Front;
        var predicted = ParserDecisions.BestLabel(_labelWeights, _work, action, _rootLabel);
        if (sentence.Heads[dependent] != head || head == 0)
        {
            return predicted;
        }
        var gold = sentence.Labels[dependent];
        if (predicted != gold)
        {
            _labelWeights.Update(_work.LabelFeatures, gold, 1f, _time);
            _labelWeights.Update(_work.LabelFeatures, predicted, -1f, _time);
        }
        return gold;
    }
}
