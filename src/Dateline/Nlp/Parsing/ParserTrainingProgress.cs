namespace Dateline.Nlp.Parsing;

/// <summary>What <see cref="ParserTrainer"/> reports after each pass.</summary>
/// <param name="Iteration">The pass just finished (1-based).</param>
/// <param name="Transitions">Moves made in the pass.</param>
/// <param name="ActionErrors">Moves the model got wrong (cost above the best) in the pass.</param>
/// <param name="Dev">Scores of the averaged model on the development sentences, or null when none were given.</param>
public sealed record ParserTrainingProgress(int Iteration, long Transitions, long ActionErrors, ParserEvaluation? Dev);
