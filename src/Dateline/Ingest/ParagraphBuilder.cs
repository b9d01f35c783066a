using System.Text;

namespace Dateline.Ingest;

/// <summary>
/// Builds text from a stream of inline text and breaks: runs of whitespace (including no-break spaces) become
/// one space, paragraphs are separated by one blank line, line breaks by one newline, and nothing leads or trails.
/// </summary>
internal sealed class ParagraphBuilder
{
    private readonly StringBuilder _text = new();
    private bool _space;
    private bool _line;
    private bool _paragraph;

    /// <summary>Appends inline text.</summary>
    public void Append(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c == '\u00A0')
            {
                _space = true;
                continue;
            }
            if (char.IsControl(c)) continue;
            if (_text.Length > 0)
            {
                if (_paragraph) _text.Append("\n\n");
                else if (_line) _text.Append('\n');
                else if (_space) _text.Append(' ');
            }
            _paragraph = _line = _space = false;
            _text.Append(c);
        }
    }

    /// <summary>Ends the current paragraph (a block element began or ended).</summary>
    public void BreakParagraph() => _paragraph = true;

    /// <summary>Ends the current line (a <c>&lt;br&gt;</c>).</summary>
    public void BreakLine() => _line = true;

    /// <summary>The text so far.</summary>
    public override string ToString() => _text.ToString();
}
