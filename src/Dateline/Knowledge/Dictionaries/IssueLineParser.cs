namespace Dateline.Knowledge.Dictionaries;

/// <summary>The line-by-line state of <see cref="IssueDictionaryReader"/>.</summary>
internal sealed class IssueLineParser(string file)
{
    private readonly List<IssueEntry> _entries = [];
    private readonly PhraseTrie<IssueEntry> _forms = new();
    private readonly List<string> _codes = [];
    private readonly List<string> _categories = [];
    private readonly List<DictionaryError> _errors = [];
    private readonly WordPool _pool = new();
    private string? _category;

    public IReadOnlyList<DictionaryError> Errors => _errors;

    public IssueDictionary Build() => new(_entries.ToArray(), _forms, _codes.ToArray(), _categories.ToArray());

    public void Error(int line, string message) => _errors.Add(new DictionaryError(file, line, message));

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
        var close = open < 0 ? -1 : content.IndexOf(']');
        if (open < 0 || close < open)
        {
            Error(number, "issue phrase has no [CODE]; skipped");
            return;
        }
        var after = content[(close + 1)..].Trim();
        if (!after.IsEmpty) Error(number, $"text after the code ignored: '{after}'");
        var code = content[(open + 1)..close].Trim();
        if (code.IsEmpty || code.IndexOfAny(' ', '\t') >= 0)
        {
            Error(number, $"issue code '[{code}]' must be one word; skipped");
            return;
        }
        var codeText = _pool.Get(code);
        if (!_codes.Contains(codeText)) _codes.Add(codeText);
        Add(content[..open].Trim(), codeText, IssueKind.Code, number);
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
            if (_category is null) Error(number, "</ISSUE> without an open <ISSUE>");
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
