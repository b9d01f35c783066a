namespace Dateline.Knowledge.Dictionaries;

/// <summary>
/// Reads actor files into shared entry and name tables. A line is an actor (<c>NAME_WORDS [CODE ...]</c>), a synonym
/// of the current actor (<c>+NAME</c>) or a code of the current actor on its own line (<c>[CODE DATE]</c>).
/// </summary>
internal sealed class ActorFileParser
{
    private readonly List<ActorEntry> _entries = [];
    private readonly PhraseTrie<ActorEntry> _names = new();
    private readonly List<DictionaryError> _errors = [];
    private readonly List<DictionaryError> _warnings = [];
    private readonly WordPool _pool = new();
    private readonly List<IReadOnlyList<string>> _currentNames = [];
    private readonly List<ActorCode> _currentCodes = [];
    private int _currentLine;
    private string _file = "";

    public int LinesRead { get; private set; }

    public IReadOnlyList<DictionaryError> Errors => _errors;

    public IReadOnlyList<DictionaryError> Warnings => _warnings;

    /// <summary>Reads one file's text.</summary>
    public void Read(string text, string file)
    {
        _file = file;
        var reader = new DictionaryLineReader(text);
        while (reader.TryRead(out var line))
        {
            ReadLine(line.Content, line.Number);
        }
        Flush();
        if (reader.InBlockComment) _errors.Add(new DictionaryError(file, reader.LinesRead, "file ends inside a <!-- comment"));
        LinesRead += reader.LinesRead;
    }

    public ActorDictionary Build() => new(_entries.ToArray(), _names);

    private void ReadLine(ReadOnlySpan<char> content, int number)
    {
        if (content[0] == '[')
        {
            if (_currentNames.Count == 0)
            {
                Error(number, "code line with no actor before it; skipped");
                return;
            }
            ReadCodes(content, number);
        }
        else if (content[0] == '+')
        {
            ReadSynonym(content[1..], number);
        }
        else
        {
            Flush();
            var bracket = content.IndexOf('[');
            var name = bracket < 0 ? content : content[..bracket];
            var words = _pool.Split(name);
            if (words.Length == 0 || name.Contains(']'))
            {
                Error(number, "actor line has no readable name; skipped");
                return;
            }
            _currentNames.Add(words);
            _currentLine = number;
            if (bracket >= 0) ReadCodes(content[bracket..], number);
        }
    }

    private void ReadSynonym(ReadOnlySpan<char> text, int number)
    {
        if (_currentNames.Count == 0)
        {
            Error(number, "synonym line with no actor before it; skipped");
            return;
        }
        if (text.Contains('['))
        {
            Error(number, "synonym contains '[' (codes belong on the actor line or their own line); skipped");
            return;
        }
        if (text.Contains(']'))
        {
            Warning(number, "stray ']' in the synonym dropped");
            text = text.ToString().Replace("]", "", StringComparison.Ordinal);
        }
        var words = _pool.Split(text);
        if (words.Length == 0)
        {
            Error(number, "empty synonym; skipped");
            return;
        }
        _currentNames.Add(words);
    }

    private void ReadCodes(ReadOnlySpan<char> text, int number)
    {
        var rest = text.Trim();
        while (rest.Length > 0)
        {
            if (rest[0] != '[')
            {
                Warning(number, $"text after the code ignored: '{rest}'");
                return;
            }
            var close = rest.IndexOf(']');
            if (close < 0)
            {
                Error(number, "code has no closing ']'; skipped");
                return;
            }
            ReadCode(rest[1..close].Trim(), number);
            rest = rest[(close + 1)..].TrimStart();
        }
    }

    private void ReadCode(ReadOnlySpan<char> inside, int number)
    {
        var blank = inside.IndexOfAny(' ', '\t');
        var code = blank < 0 ? inside : inside[..blank];
        if (code.IsEmpty)
        {
            Error(number, "empty code []; skipped");
            return;
        }
        var restriction = blank < 0 ? [] : inside[blank..];
        var outcome = ActorDateRestriction.Parse(restriction, out var from, out var until, out var reason, out var warning);
        if (outcome == ActorDateRestriction.Outcome.Unreadable)
        {
            Error(number, $"code {code.ToString()} skipped: {reason}");
            return;
        }
        if (warning is not null) Warning(number, $"code {code.ToString()}: {warning}");
        if (outcome == ActorDateRestriction.Outcome.Read) _currentCodes.Add(new ActorCode(_pool.Get(code), from, until));
    }

    private void Flush()
    {
        if (_currentNames.Count == 0) return;
        var entry = new ActorEntry(_currentNames.ToArray(), _currentCodes.ToArray(), _currentLine);
        _entries.Add(entry);
        foreach (var name in entry.Names) _names.Set(name, entry);
        _currentNames.Clear();
        _currentCodes.Clear();
    }

    private void Error(int line, string message) => _errors.Add(new DictionaryError(_file, line, message));

    private void Warning(int line, string message) => _warnings.Add(new DictionaryError(_file, line, message));
}
