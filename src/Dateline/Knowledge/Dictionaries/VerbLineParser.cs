namespace Dateline.Knowledge.Dictionaries;

/// <summary>The line-by-line state of <see cref="VerbDictionaryReader"/>.</summary>
internal sealed class VerbLineParser(string file)
{
    private readonly List<BlockDraft> _blocks = [];
    private readonly List<VerbSynset> _synsets = [];
    private readonly List<VerbTransformation> _transformations = [];
    private readonly List<DictionaryError> _errors = [];
    private readonly List<DictionaryError> _warnings = [];
    private readonly WordPool _pool = new();
    private SynsetDraft? _synset;

    public IReadOnlyList<DictionaryError> Errors => _errors;

    public IReadOnlyList<DictionaryError> Warnings => _warnings;

    public void Error(int line, string message) => _errors.Add(new DictionaryError(file, line, message));

    private void Warning(int line, string message) => _warnings.Add(new DictionaryError(file, line, message));

    public void ReadLine(DictionaryLine line)
    {
        var content = line.Content;
        if (content[0] == '+' && _synset is not null)
        {
            ReadSynsetMember(content[1..].Trim(), line.Number);
            return;
        }
        if (content[0] != '+') FlushSynset();
        if (content.StartsWith("---", StringComparison.Ordinal)) ReadHeader(content[3..], line.Number);
        else if (content[0] == '-') ReadPattern(content[1..], line.Comment, line.Number);
        else if (content[0] == '&') _synset = new SynsetDraft(_pool.Get(FirstWord(content)), line.Number);
        else if (content[0] == '~') ReadTransformation(content[1..], line.Number);
        else ReadVerb(content, line.Number);
    }

    public VerbDictionary Build()
    {
        FlushSynset();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var synset in _synsets) names.Add(VerbDictionary.SynsetKey(synset.Name));
        var blocks = new VerbBlock[_blocks.Count];
        for (var i = 0; i < blocks.Length; i++)
        {
            var draft = _blocks[i];
            var patterns = draft.Patterns.FindAll(p => SynsetsDefined(p.Elements, names, p.Line));
            blocks[i] = new VerbBlock(draft.Name, draft.Code, draft.Verbs.ToArray(), patterns.ToArray(), draft.Line);
        }
        return new VerbDictionary(blocks, _synsets.ToArray(), _transformations.ToArray());
    }

    private bool SynsetsDefined(IReadOnlyList<PatternElement> elements, HashSet<string> names, int line)
    {
        foreach (var element in elements)
        {
            if (element.Kind == PatternElementKind.Synset && !names.Contains(VerbDictionary.SynsetKey(element.Text!)))
            {
                Warning(line, $"synset {element.Text} is not defined in the file; pattern skipped, as PETRARCH skips it");
                return false;
            }
            if (!SynsetsDefined(element.Children, names, line)) return false;
        }
        return true;
    }

    private void ReadHeader(ReadOnlySpan<char> rest, int number)
    {
        var open = rest.IndexOf('[');
        var close = open < 0 ? -1 : rest.IndexOf(']');
        var name = (open < 0 ? rest : rest[..open]).Trim().TrimEnd('-').Trim();
        var code = VerbCode.None;
        if (open >= 0 && close > open) code = Code(rest[(open + 1)..close]);
        else if (open >= 0) Error(number, "header code has no closing ']'; block uses ---");
        if (name.IsEmpty) Error(number, "block header has no name");
        _blocks.Add(new BlockDraft(name.ToString(), code, number));
    }

    private void ReadVerb(ReadOnlySpan<char> content, int number)
    {
        if (_blocks.Count == 0)
        {
            Error(number, "verb line before any '--- NAME [code] ---' block header; skipped");
            return;
        }
        var block = _blocks[^1];
        var semicolon = content.IndexOf(';');
        if (semicolon >= 0) content = content[..semicolon].TrimEnd(); // TABARI's comment delimiter
        var end = content.IndexOfAny(" \t{[");
        var main = end < 0 ? content : content[..end];
        var rest = end < 0 ? [] : content[end..].Trim();
        var primary = VerbFormParser.ParseForm(main, _pool, out var error);
        if (primary is null)
        {
            Error(number, error + "; skipped");
            return;
        }
        var forms = new List<VerbForm> { primary };
        var explicitForms = rest.StartsWith('{');
        if (explicitForms && !ReadBraceForms(ref rest, forms, number)) return;
        VerbCode? own = null;
        if (rest.StartsWith('['))
        {
            var close = rest.IndexOf(']');
            if (close < 0)
            {
                Error(number, "verb code has no closing ']'; skipped");
                return;
            }
            own = Code(rest[1..close]);
            rest = rest[(close + 1)..].Trim();
        }
        if (!rest.IsEmpty) Warning(number, $"text after the verb ignored: '{rest}'");
        if (!explicitForms) forms.AddRange(VerbFormParser.RegularForms(primary, _pool));
        block.Verbs.Add(new VerbEntry(forms.ToArray(), own ?? block.Code, own.HasValue, _blocks.Count - 1, number));
    }

    private bool ReadBraceForms(ref ReadOnlySpan<char> rest, List<VerbForm> forms, int number)
    {
        var close = rest.IndexOf('}');
        if (close < 0)
        {
            Error(number, "verb forms '{' have no closing '}'; skipped");
            return false;
        }
        var inside = rest[1..close];
        foreach (var range in inside.SplitAny(" \t"))
        {
            if (inside[range].IsEmpty) continue;
            var form = VerbFormParser.ParseForm(inside[range], _pool, out var error);
            if (form is null) Error(number, error + "; form skipped");
            else forms.Add(form);
        }
        rest = rest[(close + 1)..].Trim();
        return true;
    }

    private void ReadPattern(ReadOnlySpan<char> body, ReadOnlySpan<char> comment, int number)
    {
        if (_blocks.Count == 0)
        {
            Error(number, "pattern before any '--- NAME [code] ---' block header; skipped");
            return;
        }
        var open = body.LastIndexOf('[');
        var close = open < 0 ? -1 : body[open..].IndexOf(']');
        if (open < 0 || close < 0)
        {
            Error(number, "pattern has no [code]; skipped");
            return;
        }
        var after = body[(open + close + 1)..].Trim();
        if (!after.IsEmpty) Warning(number, $"text after the pattern code ignored: '{after}'");
        var elements = VerbPatternParser.Parse(body[..open], _pool, out var error, out var warning);
        if (elements is null)
        {
            Error(number, error + "; skipped");
            return;
        }
        if (warning is not null) Warning(number, warning);
        var code = Code(body[(open + 1)..(open + close)]);
        _blocks[^1].Patterns.Add(new VerbPattern(elements.ToArray(), code, comment.ToString(), number));
    }

    private void ReadSynsetMember(ReadOnlySpan<char> text, int number)
    {
        if (text.IndexOfAny("$%^*&(){}[]") >= 0)
        {
            Error(number, "synset members are plain words (no $ % ^ * & or brackets); skipped");
            return;
        }
        var noPlural = _synset!.Name.EndsWith('_') || text.EndsWith('_');
        var words = _pool.Split(text);
        if (words.Length == 0)
        {
            Error(number, "empty synset member; skipped");
            return;
        }
        _synset.Members.Add(words);
        _synset.Phrases.Add(words);
        if (!noPlural && EnglishPlural.OfSynsetNoun(words[^1]) is { } plural)
        {
            string[] plurals = [.. words];
            plurals[^1] = _pool.Get(plural);
            _synset.Phrases.Add(plurals);
        }
    }

    private void ReadTransformation(ReadOnlySpan<char> text, int number)
    {
        var equals = text.IndexOf('=');
        if (equals < 0)
        {
            Error(number, "transformation has no '='; skipped");
            return;
        }
        _transformations.Add(new VerbTransformation(text[..equals].Trim().ToString(), text[(equals + 1)..].Trim().ToString(), number));
    }

    private void FlushSynset()
    {
        if (_synset is null) return;
        if (_synset.Members.Count == 0) Error(_synset.Line, $"synset {_synset.Name} has no '+' members");
        _synsets.Add(new VerbSynset(_synset.Name, _synset.Members.ToArray(), _synset.Phrases.ToArray(), _synset.Line));
        _synset = null;
    }

    private VerbCode Code(ReadOnlySpan<char> text) => new(_pool.Get(text.Trim()));

    private static ReadOnlySpan<char> FirstWord(ReadOnlySpan<char> text)
    {
        var end = text.IndexOfAny(' ', '\t');
        return end < 0 ? text : text[..end];
    }

    private sealed class BlockDraft(string name, VerbCode code, int line)
    {
        public string Name { get; } = name;
        public VerbCode Code { get; } = code;
        public int Line { get; } = line;
        public List<VerbEntry> Verbs { get; } = [];
        public List<VerbPattern> Patterns { get; } = [];
    }

    private sealed class SynsetDraft(string name, int line)
    {
        public string Name { get; } = name;
        public int Line { get; } = line;
        public List<IReadOnlyList<string>> Members { get; } = [];
        public List<IReadOnlyList<string>> Phrases { get; } = [];
    }
}
