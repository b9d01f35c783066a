namespace Dateline.Ingest;

/// <summary>
/// Chooses an input's format. A <c>.txt</c>/<c>.text</c> file is always plain text and a
/// <c>.jsonl</c>/<c>.ndjson</c> file always JSON Lines. For everything else the start of the content decides:
/// <c>&lt;rss</c> or <c>&lt;rdf:RDF</c> → RSS, <c>&lt;feed</c> → Atom, <c>&lt;Sentences</c>/<c>&lt;Sentence </c>
/// (PETRARCH records, possibly inside <c>&lt;Validation&gt;</c>) → PETRARCH, an HTML tag or doctype → HTML,
/// a leading <c>{</c> → JSON Lines; failing that, <c>.html</c>/<c>.htm</c>/<c>.xhtml</c> → HTML and anything
/// else plain text.
/// </summary>
internal static class FormatSniffer
{
    private const int SniffChars = 4096;

    /// <summary>File extensions a directory walk picks up (lower case, with the dot).</summary>
    public static readonly IReadOnlySet<string> KnownExtensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        ".txt", ".text", ".html", ".htm", ".xhtml", ".xml", ".rss", ".atom", ".jsonl", ".ndjson",
    };

    /// <summary>True when the declared encoding in the content should be honoured (markup formats).</summary>
    public static bool IsMarkupCandidate(string extension) =>
        !IsAlwaysPlainText(extension) && !IsAlwaysJsonLines(extension);

    /// <summary>The format for a file with <paramref name="extension"/> and decoded <paramref name="text"/>.</summary>
    public static InputFormat Detect(string extension, string text)
    {
        if (IsAlwaysPlainText(extension)) return InputFormat.PlainText;
        if (IsAlwaysJsonLines(extension)) return InputFormat.JsonLines;
        var head = text.AsSpan(0, Math.Min(text.Length, SniffChars)).TrimStart();
        if (head.StartsWith("{")) return InputFormat.JsonLines;
        if (head.StartsWith("<")) return DetectMarkup(head, extension);
        return IsHtmlExtension(extension) ? InputFormat.Html : InputFormat.PlainText;
    }

    private static InputFormat DetectMarkup(ReadOnlySpan<char> head, string extension)
    {
        var root = FirstElementName(head);
        if (root.Equals("rss", StringComparison.OrdinalIgnoreCase) || root.Equals("rdf:RDF", StringComparison.OrdinalIgnoreCase))
        {
            return InputFormat.Rss;
        }
        if (root.Equals("feed", StringComparison.OrdinalIgnoreCase)) return InputFormat.Atom;
        if (root is "Sentences" or "Sentence" || (root is "Validation" && head.Contains("<Sentence", StringComparison.Ordinal)))
        {
            return InputFormat.Petrarch;
        }
        if (root.Equals("html", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase))
        {
            return InputFormat.Html;
        }
        return IsHtmlExtension(extension) || !IsXmlExtension(extension) ? InputFormat.Html : InputFormat.Rss;
    }

    /// <summary>The name of the first element, skipping the XML declaration, comments, doctype and processing instructions.</summary>
    private static ReadOnlySpan<char> FirstElementName(ReadOnlySpan<char> head)
    {
        var rest = head;
        while (true)
        {
            var open = rest.IndexOf('<');
            if (open < 0 || open + 1 >= rest.Length) return [];
            rest = rest[(open + 1)..];
            if (rest.StartsWith("!--"))
            {
                var end = rest.IndexOf("-->");
                if (end < 0) return [];
                rest = rest[(end + 3)..];
                continue;
            }
            if (rest[0] is '?' or '!') continue;
            var length = 0;
            while (length < rest.Length && (char.IsLetterOrDigit(rest[length]) || rest[length] is ':' or '-' or '_')) length++;
            return rest[..length];
        }
    }

    private static bool IsAlwaysPlainText(string extension) =>
        extension.Equals(".txt", StringComparison.OrdinalIgnoreCase) || extension.Equals(".text", StringComparison.OrdinalIgnoreCase);

    private static bool IsAlwaysJsonLines(string extension) =>
        extension.Equals(".jsonl", StringComparison.OrdinalIgnoreCase) || extension.Equals(".ndjson", StringComparison.OrdinalIgnoreCase);

    private static bool IsHtmlExtension(string extension) =>
        extension.Equals(".html", StringComparison.OrdinalIgnoreCase) || extension.Equals(".htm", StringComparison.OrdinalIgnoreCase)
        || extension.Equals(".xhtml", StringComparison.OrdinalIgnoreCase);

    private static bool IsXmlExtension(string extension) =>
        extension.Equals(".xml", StringComparison.OrdinalIgnoreCase) || extension.Equals(".rss", StringComparison.OrdinalIgnoreCase)
        || extension.Equals(".atom", StringComparison.OrdinalIgnoreCase);
}
