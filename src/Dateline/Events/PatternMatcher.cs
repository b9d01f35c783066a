using Dateline.Knowledge.Dictionaries;

namespace Dateline.Events;

/// <summary>
/// Matches TABARI/PETRARCH verb patterns against a verb's clause. The elements before <c>*</c> are matched
/// against the clause words before the verb, nearest first; those after it against the words after the verb, in
/// order. Words may lie between elements unless <c>_</c> joins them. Literal words match a word or its lemma;
/// <c>&amp;SYNSET</c> any of its phrases; <c>+</c>, <c>$</c>, <c>^</c> a nominal (binding target or source);
/// <c>%</c> a coordinated nominal; <c>( PREP ... )</c> a preposition whose phrase holds the rest; <c>{ ... }</c>
/// words inside one noun phrase. A <c>$</c> or <c>%</c> before the verb stands for the clause's subject, which the
/// coder finds from the parse, and consumes no word. A pattern whose <c>+</c> binds a phrase naming no actor, no
/// person or group entity and no personal pronoun ("released + " on "released video") does not match: the slot
/// stands for an actor.
/// </summary>
internal sealed class PatternMatcher
{
    private readonly ParsedSentence _s;
    private readonly VerbDictionary _verbs;
    private readonly PatternIndex _index;
    private readonly ActorFinder _actors;
    private readonly List<int> _candidates = [];
    private HashSet<string>? _sentenceWords;
    private int _source;
    private int _target;
    private bool _compoundSubject;

    public PatternMatcher(ParsedSentence sentence, VerbDictionary verbs, PatternIndex index, ActorFinder actors)
    {
        _actors = actors;
        _s = sentence;
        _verbs = verbs;
        _index = index;
    }

    private HashSet<string> SentenceWords()
    {
        if (_sentenceWords is not null) return _sentenceWords;
        _sentenceWords = new HashSet<string>(_s.Count * 2, StringComparer.Ordinal);
        for (var i = 0; i < _s.Count; i++)
        {
            _sentenceWords.Add(_s.Words[i]);
            _sentenceWords.Add(_s.Lemmas[i]);
        }
        return _sentenceWords;
    }

    /// <summary>The best pattern of <paramref name="patterns"/> matching the clause, or null.</summary>
    /// <param name="patterns">The verb's patterns in file order (ties go to the first).</param>
    /// <param name="before">Clause words before the verb, nearest first.</param>
    /// <param name="after">Clause words after the verb, in order.</param>
    /// <param name="compoundSubject">True when the clause's subject is coordinated (for <c>%</c> before the verb).</param>
    public PatternMatch? Best(IReadOnlyList<VerbPattern> patterns, List<int> before, List<int> after, bool compoundSubject)
    {
        _compoundSubject = compoundSubject;
        PatternMatch? best = null;
        if (patterns.Count == 0) return null;
        var sentenceWords = SentenceWords();
        _index.Candidates(patterns, sentenceWords, _candidates);
        foreach (var position in _candidates)
        {
            var pattern = patterns[position];
            if (!_index.MayMatch(pattern, sentenceWords)) continue;
            var verb = pattern.VerbIndex;
            if (verb < 0) continue;
            _source = _target = -1;
            if (!MatchBefore(pattern.Elements, verb - 1, before, 0, -1)) continue;
            if (!MatchAfter(pattern.Elements, verb + 1, pattern.Elements.Count, after, 0, -1)) continue;
            if (_target >= 0 && !CanBeActor(_target)) continue;
            var score = Score(pattern.Elements);
            if (best is null || score > best.Value.Score) best = new PatternMatch(pattern, score, _source, _target);
        }
        return best;
    }

    /// <summary>The head of the noun phrase a modifier word belongs to ("two" in "two detained journalists").</summary>
    private int PhraseHead(int w)
    {
        for (var steps = 0; steps < 4 && _s.Heads[w] >= 0 && _s.IsNominal(_s.Heads[w]); steps++)
        {
            if (!(_s.Is(w, "nummod") || _s.Is(w, "compound") || _s.Is(w, "det") || _s.Is(w, "flat") || _s.Is(w, "amod"))) break;
            w = _s.Heads[w];
        }
        return w;
    }

    /// <summary>True when the phrase at <paramref name="w"/> names an actor, a person or group, or is a personal pronoun.</summary>
    private bool CanBeActor(int w)
    {
        if (_s.People[w]) return true;
        if (_s.Upos[w] == "PRON") return _s.Words[w] is not ("IT" or "THIS" or "THAT" or "WHICH" or "WHAT");
        return _actors.Resolve(w).Count > 0;
    }

    private static int Score(IReadOnlyList<PatternElement> elements)
    {
        var score = 0;
        foreach (var e in elements)
        {
            score += e.Kind switch
            {
                PatternElementKind.Word or PatternElementKind.Synset => 4,
                PatternElementKind.PrepositionalPhrase or PatternElementKind.NounPhrase => 1 + Score(e.Children),
                PatternElementKind.Verb => 0,
                _ => 1,
            };
        }
        return score;
    }

    /// <summary>Matches elements[index..end) forward over words[pos..]; <paramref name="last"/> is the word the previous element ended on.</summary>
    private bool MatchAfter(IReadOnlyList<PatternElement> elements, int index, int end, List<int> words, int pos, int last)
    {
        if (index >= end) return true;
        var e = elements[index];
        var joined = index > 0 && elements[index - 1].JoinedToNext && last >= 0;
        for (var k = pos; k < words.Count; k++)
        {
            if (joined && words[k] != last + 1) break;
            var saveSource = _source;
            var saveTarget = _target;
            var endWord = MatchElementAt(e, words, k);
            if (endWord >= 0)
            {
                var next = k + 1;
                while (next < words.Count && words[next] <= endWord) next++;
                if (MatchAfter(elements, index + 1, end, words, next, endWord)) return true;
            }
            _source = saveSource;
            _target = saveTarget;
        }
        return false;
    }

    /// <summary>Matches elements[index], elements[index-1], ... back to 0 over <paramref name="words"/> (nearest first).</summary>
    private bool MatchBefore(IReadOnlyList<PatternElement> elements, int index, List<int> words, int pos, int previous)
    {
        if (index < 0) return true;
        var e = elements[index];
        if (e.Kind == PatternElementKind.Source) return MatchBefore(elements, index - 1, words, pos, -1);
        if (e.Kind == PatternElementKind.Compound) return _compoundSubject && MatchBefore(elements, index - 1, words, pos, -1);
        for (var k = pos; k < words.Count; k++)
        {
            var saveSource = _source;
            var saveTarget = _target;
            var endWord = e.Kind == PatternElementKind.Synset ? MatchSynsetEndingAt(e.Text!, words[k]) : MatchElementAt(e, words, k);
            if (endWord >= 0 && (!e.JoinedToNext || previous < 0 || endWord + 1 == previous))
            {
                if (MatchBefore(elements, index - 1, words, k + 1, words[k])) return true;
            }
            _source = saveSource;
            _target = saveTarget;
            if (e.JoinedToNext && previous >= 0) break;
        }
        return false;
    }

    /// <summary>Matches one element starting at words[k]; returns the last sentence word it used, or -1.</summary>
    private int MatchElementAt(PatternElement e, List<int> words, int k)
    {
        var w = words[k];
        switch (e.Kind)
        {
            case PatternElementKind.Word:
                return WordIs(w, e.Text!) ? w : -1;
            case PatternElementKind.Synset:
                return MatchSynset(e.Text!, w);
            case PatternElementKind.Target:
                if (!_s.IsNominal(w)) return -1;
                _target = PhraseHead(w);
                return w;
            case PatternElementKind.Source:
                if (!_s.IsNominal(w)) return -1;
                _source = w;
                return w;
            case PatternElementKind.Skip:
                return _s.IsNominal(w) ? w : -1;
            case PatternElementKind.Compound:
                return _s.IsNominal(w) && _s.FirstChild(w, "conj") >= 0 ? w : -1;
            case PatternElementKind.PrepositionalPhrase:
                return MatchPrepositional(e, w);
            case PatternElementKind.NounPhrase:
                return MatchNounPhrase(e, words, k);
            default:
                return -1;
        }
    }

    private int MatchPrepositional(PatternElement e, int w)
    {
        if (e.Children.Count == 0 || e.Children[0].Kind != PatternElementKind.Word || !WordIs(w, e.Children[0].Text!)) return -1;
        if (e.Children.Count == 1) return w;
        var phraseHead = _s.Heads[w];
        if (phraseHead < 0) return -1;
        var inside = new List<int>();
        for (var i = w + 1; i < _s.Count; i++)
        {
            if (_s.IsUnder(i, phraseHead)) inside.Add(i);
        }
        var lastInside = inside.Count > 0 ? inside[^1] : w;
        return MatchAfter(e.Children, 1, e.Children.Count, inside, 0, w) ? lastInside : -1;
    }

    private int MatchNounPhrase(PatternElement e, List<int> words, int k)
    {
        // The word at k heads the phrase (matches the last element); the other elements match, in order, words
        // of its phrase before it.
        var head = words[k];
        if (MatchElementAt(e.Children[^1], words, k) < 0) return -1;
        if (e.Children.Count == 1) return head;
        var inside = new List<int>();
        for (var i = 0; i < head; i++)
        {
            if (_s.IsUnder(i, head)) inside.Add(i);
        }
        return MatchAfter(e.Children, 0, e.Children.Count - 1, inside, 0, -1) ? head : -1;
    }

    /// <summary>Before the verb: a synset phrase whose last word is <paramref name="w"/>; returns <paramref name="w"/> or -1.</summary>
    private int MatchSynsetEndingAt(string name, int w)
    {
        var synset = _verbs.FindSynset(name);
        if (synset is null) return -1;
        foreach (var phrase in synset.Phrases)
        {
            var start = w - phrase.Count + 1;
            if (start < 0) continue;
            var all = true;
            for (var j = 0; j < phrase.Count && all; j++) all = WordIs(start + j, phrase[j]);
            if (all) return w;
        }
        return -1;
    }

    private int MatchSynset(string name, int w)
    {
        var synset = _verbs.FindSynset(name);
        if (synset is null) return -1;
        foreach (var phrase in synset.Phrases)
        {
            if (w + phrase.Count > _s.Count) continue;
            var all = true;
            for (var j = 0; j < phrase.Count && all; j++) all = WordIs(w + j, phrase[j]);
            if (all) return w + phrase.Count - 1;
        }
        return -1;
    }

    private bool WordIs(int w, string word) => _s.Words[w] == word || _s.Lemmas[w] == word;
}
