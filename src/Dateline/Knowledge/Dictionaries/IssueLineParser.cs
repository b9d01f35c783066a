namespace Dateline.Knowledge.Dictionaries;

/// <summary>The line-by-line state of <see cref="IssueDictionaryReader"/>.</summary>
internal sealed class IssueLineParser(string file)
{
    private readonly List<IssueEntry> _entries = [];
    private readonly PhraseTrie<IssueEntry> _forms = new();
    private readonly List<string> _codes = [];
    private readonly List<string> _categories = [];
    private readonly List<DictionaryError> _errors = [];
    private readonly List<DictionaryError> _warnings = [];
    private readonly WordPool _pool = new();
    private string? _category;

    public IReadOnlyList<DictionaryError> Errors => _errors;

    public IReadOnlyList<DictionaryError> Warnings => _warnings;

    public IssueDictionary Build() => new(_entries.ToArray(), _forms, _codes.ToArray(), _categories.ToArray());

    public void Error(int line, string message) => _errors.Add(new DictionaryError(file, line, message));

    private void Warning(int line, string message) => _warnings.Add(new DictionaryError(file, line, message));

    public void ReadLine(ReadOnlySpan<char> content, int number)
    {
        if (content[0] == '<')
        {
            ReadTag(content, number);
            return;
        }
        if (content[0] == '~')
        {
            var story = content.Length > 1 && content[1] == '~';
            Add(content[(story ? 2 : 1)..].Trim(), null, story ? IssueKind.IgnoreInStory : IssueKind.IgnoreInSentence, number);
            return;
        }
        var open = content.IndexOf('[');
        var close = content.IndexOf(']');
        if (open < 0 && close < 0)
        {
            Warning(number, "issue phrase has no [CODE]; ignored, as PETRARCH ignores it");
            return;
        }
        if (open < 0 || close < open)
        {
            Error(number, "issue phrase has an unbalanced [CODE]; skipped");
            return;
        }
        var code = content[(open + 1)..close].Trim();
        if (code.IsEmpty || code.IndexOfAny(' ', '\t') >= 0)
        {
            Error(number, $"issue code '[{code}]' must be one word; skipped");
            return;
        }
        var codeText = _pool.Get(code);
        if (!_codes.Contains(codeText)) _codes.Add(codeText);
        Add(content[..open].Trim(), codeText, IssueKind.Code, number);
        ReadAfterCode(content[(close + 1)..].Trim(), code, number);
    }

    /// <summary>
    /// What follows an entry's code: nothing; the same code again (ignored); a second entry run onto the line
    /// (<c>a [X]b [X]</c>, read too); or other text (ignored). Each repair is a warning.
    /// </summary>
    private void ReadAfterCode(ReadOnlySpan<char> after, ReadOnlySpan<char> code, int number)
    {
        if (after.IsEmpty) return;
        var open = after.IndexOf('[');
        var close = after.IndexOf(']');
        if (open == 0 && close > 0 && after[1..close].Trim().SequenceEqual(code) && after[(close + 1)..].Trim().IsEmpty)
        {
            Warning(number, $"code [{code}] written twice; read once");
        }
        else if (open > 0 && close > open && char.IsLetterOrDigit(after[0]))
        {
            Warning(number, "two entries run together on one line; both read");
            ReadLine(after, number);
        }
        else
        {
            Warning(number, $"text after the code ignored: '{after}'");
        }
    }

    private void Add(ReadOnlySpan<char> phrase, string? code, IssueKind kind, int number)
    {
        if (phrase.IsEmpty)
        {
            Error(number, "issue line has no phrase; skipped");
            return;
        }
        var forms = new List<IReadOnlyList<string>>();
        foreach (var form in IssueFormExpander.Expand(phrase.ToString().ToUpperInvariant()))
        {
            var words = _pool.Split(form, underscores: false);
            if (words.Length > 0) forms.Add(words);
        }
        var entry = new IssueEntry(forms.ToArray(), code, _category, kind, number);
        _entries.Add(entry);
        foreach (var form in entry.Forms) _forms.Set(form, entry);
    }

    private void ReadTag(ReadOnlySpan<char> content, int number)
    {
        if (content.StartsWith("</ISSUE", StringComparison.OrdinalIgnoreCase))
        {
            if (_category is null) Warning(number, "</ISSUE> without an open <ISSUE>; ignored");
            _category = null;
            return;
        }
        const string Attribute = "CATEGORY=\"";
        var at = content.IndexOf(Attribute, StringComparison.OrdinalIgnoreCase);
        var end = at < 0 ? -1 : content[(at + Attribute.Length)..].IndexOf('"');
        if (!content.StartsWith("<ISSUE", StringComparison.OrdinalIgnoreCase) || end <= 0)
        {
            Error(number, "tag is not <ISSUE CATEGORY=\"...\"> or </ISSUE>; skipped");
            return;
        }
        if (_category is not null) Error(number, $"<ISSUE> opened inside {_category}, which has no </ISSUE>");
        _category = content.Slice(at + Attribute.Length, end).ToString();
        _categories.Add(_category);
    }
}
