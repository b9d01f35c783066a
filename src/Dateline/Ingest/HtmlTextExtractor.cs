using AngleSharp.Dom;

namespace Dateline.Ingest;

/// <summary>
/// Turns a DOM subtree into plain text: block elements become paragraphs separated by blank lines,
/// <c>&lt;br&gt;</c> a line break, entities are already decoded by the parser, and scripts, styles, forms and
/// other non-text elements are dropped. Iterative, so any nesting depth is safe.
/// </summary>
internal static class HtmlTextExtractor
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "math", "head", "iframe", "object", "embed", "canvas",
        "button", "select", "input", "textarea", "video", "audio", "picture", "img", "title", "meta", "link",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "blockquote", "pre",
        "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody", "tr",
        "td", "th", "figure", "figcaption", "hr", "address", "details", "summary", "center", "body", "form", "fieldset",
    };

    /// <summary>The text of <paramref name="root"/> and its descendants.</summary>
    public static string ToText(INode root)
    {
        var builder = new ParagraphBuilder();
        // Each entry is a node to enter, or (Exit = true) a block whose end must break the paragraph.
        var pending = new Stack<(INode Node, bool Exit)>();
        pending.Push((root, false));
        while (pending.Count > 0)
        {
            var (node, exit) = pending.Pop();
            if (exit)
            {
                builder.BreakParagraph();
                continue;
            }
            Enter(node, builder, pending);
        }
        return builder.ToString();
    }

    private static void Enter(INode node, ParagraphBuilder builder, Stack<(INode Node, bool Exit)> pending)
    {
        if (node.NodeType == NodeType.Text)
        {
            builder.Append(node.TextContent);
            return;
        }
        if (node is IElement element)
        {
            if (Skipped.Contains(element.LocalName) || element.HasAttribute("hidden")) return;
            if (element.LocalName == "br")
            {
                builder.BreakLine();
                return;
            }
            if (Blocks.Contains(element.LocalName))
            {
                builder.BreakParagraph();
                pending.Push((node, true));
            }
        }
        var children = node.ChildNodes;
        for (var i = children.Length - 1; i >= 0; i--) pending.Push((children[i], false));
    }
}
