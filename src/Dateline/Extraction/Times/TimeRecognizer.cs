using Dateline.Documents;

namespace Dateline.Extraction.Times;

/// <summary>
/// Finds and normalizes the time expressions of a document: one pass over the words of each sentence,
/// the grammar tried only at cue words; then each expression is resolved against the publication date,
/// or against the speech-act date when it stands inside a quotation whose attribution gives one
/// (see <see cref="SpeechActDates"/>). Stateless and thread-safe.
/// </summary>
internal sealed class TimeRecognizer(TimeOptions options)
{
    /// <summary>Recognizes the time expressions of a segmented (and optionally tagged) text.</summary>
    public List<TimeExpression> Recognize(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences,
        PosTags? tags, DateOnly? published)
    {
        var found = Find(text, tokens, sentences);
        var tense = new TenseFinder(text, tokens, tags);
        var result = new List<TimeExpression>(found.Count);
        var quoteAnchors = SpeechActDates.Find(text, sentences, found, tense, published);
        foreach (var f in found)
        {
            var anchor = SpeechActDates.AnchorFor(quoteAnchors, f) ?? published;
            var resolved = TimeResolver.Resolve(f.Spec, anchor, tense.Find(sentences[f.Sentence], f.FirstToken, f.EndToken));
            result.Add(new TimeExpression(f.Start, f.End, resolved.Type, resolved.Value, f.Sentence)
            {
                Mod = f.Spec.Mod,
                RangeBegin = resolved.Begin,
                RangeEnd = resolved.End,
                Anchored = resolved.Anchored,
                Anchor = resolved.UsedAnchor ? anchor : null,
            });
        }
        return result;
    }

    /// <summary>The expressions of every sentence, unresolved, in text order.</summary>
    public List<FoundTime> Find(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences)
    {
        var found = new List<FoundTime>();
        var words = new List<Word>();
        for (var s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            words.Clear();
            for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                WordClassifier.Classify(text, tokens[t].Start, tokens[t].End, t, options.DayFirst, words);
            }
            Scan(text, words, s, found);
        }
        return found;
    }

    /// <summary>
    /// A cheap filter before the grammar: most words (and the commonest cue words: of, to, and, on, for) can never
    /// start an expression, and <c>the</c>, <c>a</c> and <c>in</c> only before another cue word.
    /// </summary>
    private static bool CanStart(List<Word> words, int i)
    {
        var next = i + 1 < words.Count ? words[i + 1].Kind : WordKind.Other;
        return words[i].Kind switch
        {
            WordKind.Other or WordKind.Comma or WordKind.Dash or WordKind.AmPm or WordKind.Zone or WordKind.TimeWord or WordKind.Ago => false,
            WordKind.Article => next != WordKind.Other,
            WordKind.Approx or WordKind.Bound => next != WordKind.Other,
            WordKind.Connector => words[i].Value switch
            {
                TimeLexicon.From or TimeLexicon.Between => next != WordKind.Other,
                TimeLexicon.In => next is WordKind.Number or WordKind.Article or WordKind.Vague,
                TimeLexicon.At => next == WordKind.Other,
                _ => false,
            },
            _ => true,
        };
    }

    private static void Scan(string text, List<Word> words, int sentence, List<FoundTime> found)
    {
        var grammar = new TimeGrammar(text, words);
        for (var i = 0; i < words.Count;)
        {
            if (!CanStart(words, i) || !grammar.TryMatch(i, out var match))
            {
                i++;
                continue;
            }
            var first = words[match.First];
            var last = words[match.End - 1];
            found.Add(new FoundTime(sentence, first.Token, last.Token + 1, first.Start, last.End, match.Spec));
            i = match.End;
        }
    }
}
