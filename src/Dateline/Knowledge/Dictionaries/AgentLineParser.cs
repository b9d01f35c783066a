namespace Dateline.Knowledge.Dictionaries;

/// <summary>The line-by-line state of <see cref="AgentDictionaryReader"/>.</summary>
internal sealed class AgentLineParser(string file)
{
    private readonly List<AgentEntry> _entries = [];
    private readonly PhraseTrie<AgentEntry> _forms = new();
    private readonly Dictionary<string, IReadOnlyList<string>> _markers = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<DictionaryError> _errors = [];
    private readonly List<DictionaryError> _warnings = [];
    private readonly WordPool _pool = new();

    public IReadOnlyList<DictionaryError> Errors => _errors;

    public IReadOnlyList<DictionaryError> Warnings => _warnings;

    public AgentDictionary Build() => new(_entries.ToArray(), _forms, _markers);

    public void Error(int line, string message) => _errors.Add(new DictionaryError(file, line, message));

    private void Warning(int line, string message) => _warnings.Add(new DictionaryError(file, line, message));

    public void ReadLine(ReadOnlySpan<char> content, int number)
    {
        if (content.Contains('!') && content.Contains('='))
        {
            DefineMarker(content, number);
            return;
        }
        var bracket = content.IndexOf('[');
        var close = bracket < 0 ? -1 : content[bracket..].IndexOf(']');
        if (bracket >= 0 && close < 0 && content.TrimEnd().EndsWith('}') && content[(bracket + 1)..].IndexOfAny('[', '{') < 0)
        {
            close = content.TrimEnd().Length - 1 - bracket;
            Warning(number, "code closed with '}' instead of ']'; read as ']'");
        }
        if (bracket < 0)
        {
            // A bare phrase: PETRARCH skips it ("Codes are required for agents"), as it skips issue phrases without a code.
            Warning(number, "agent phrase without a [code]; skipped, as PETRARCH skips it");
            return;
        }
        if (close < 0)
        {
            Error(number, "agent code has no closing ']'; skipped");
            return;
        }
        close += bracket;
        var after = content[(close + 1)..].Trim();
        if (!after.IsEmpty) Warning(number, $"text after the code ignored: '{after}'");
        if (!TryCode(content[(bracket + 1)..close].Trim(), number, out var code, out var position)) return;
        var forms = Forms(content[..bracket].Trim(), number);
        if (forms is null) return;
        var entry = new AgentEntry(forms, code, position, number);
        _entries.Add(entry);
        foreach (var form in forms) _forms.Set(form, entry);
    }

    private bool TryCode(ReadOnlySpan<char> text, int number, out string code, out AgentCodePosition position)
    {
        code = "";
        position = AgentCodePosition.AfterActor;
        if (text.Length > 1 && text[0] == '~' && text[^1] != '~')
        {
            code = _pool.Get(text[1..].Trim());
            return true;
        }
        if (text.Length > 1 && text[^1] == '~' && text[0] != '~')
        {
            code = _pool.Get(text[..^1].Trim());
            position = AgentCodePosition.BeforeActor;
            return true;
        }
        Error(number, $"agent code '[{text}]' needs one '~' before or after it; skipped");
        return false;
    }

    private List<IReadOnlyList<string>>? Forms(ReadOnlySpan<char> phrase, int number)
    {
        var forms = new List<IReadOnlyList<string>>(2);
        if (phrase.Contains('!'))
        {
            var first = phrase.IndexOf('!');
            var second = phrase[(first + 1)..].IndexOf('!');
            if (second < 0)
            {
                Error(number, "substitution marker has no closing '!'; skipped");
                return null;
            }
            var name = phrase.Slice(first + 1, second).ToString();
            if (!_markers.TryGetValue(name, out var substitutes))
            {
                Error(number, $"substitution marker !{name}! is not defined above; skipped");
                return null;
            }
            var before = phrase[..first];
            var rest = phrase[(first + second + 2)..];
            foreach (var substitute in substitutes) forms.Add(_pool.Split(string.Concat(before, substitute, rest)));
        }
        else if (phrase.Contains('{'))
        {
            var open = phrase.IndexOf('{');
            var closing = phrase.IndexOf('}');
            if (closing < open)
            {
                Error(number, "plural '{' has no closing '}'; skipped");
                return null;
            }
            forms.Add(_pool.Split(phrase[..open]));
            var plural = _pool.Split(phrase[(open + 1)..closing]);
            if (plural.Length > 0) forms.Add(plural);
        }
        else
        {
            var singular = _pool.Split(phrase);
            forms.Add(singular);
            if (singular.Length > 0)
            {
                string[] plural = [.. singular];
                plural[^1] = EnglishPlural.OfAgent(singular[^1]);
                forms.Add(plural);
            }
        }
        if (forms.Count == 0 || forms[0].Count == 0)
        {
            Error(number, "agent has no phrase before its code; skipped");
            return null;
        }
        return forms;
    }

    private void DefineMarker(ReadOnlySpan<char> content, int number)
    {
        var first = content.IndexOf('!');
        var second = content[(first + 1)..].IndexOf('!');
        var equals = content.IndexOf('=');
        if (second < 0 || equals < first + second + 1)
        {
            Error(number, "substitution marker must read !NAME! = A, B, ...; skipped");
            return;
        }
        var name = content.Slice(first + 1, second).Trim().ToString();
        var list = new List<string>();
        foreach (var range in content[(equals + 1)..].Split(','))
        {
            var item = content[(equals + 1)..][range].Trim();
            if (!item.IsEmpty) list.Add(_pool.Get(item));
        }
        if (list.Count == 0)
        {
            Error(number, $"substitution marker !{name}! has no substitutes; skipped");
            return;
        }
        _markers[name] = list.ToArray();
    }
}
