using AngleSharp.Dom;

namespace Dateline.Ingest;

/// <summary>
/// Turns a DOM subtree into plain text: block elements become paragraphs separated by blank lines,
/// <c>&lt;br&gt;</c> a line break, entities are already decoded by the parser, and scripts, styles, forms and
/// other non-text elements are dropped.
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
        Walk(root, builder, 0);
        return builder.ToString();
    }

    private static void Walk(INode node, ParagraphBuilder builder, int depth)
    {
        if (depth > 512) return;
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
        }
        var block = node is IElement e && Blocks.Contains(e.LocalName);
        if (block) builder.BreakParagraph();
        foreach (var child in node.ChildNodes) Walk(child, builder, depth + 1);
        if (block) builder.BreakParagraph();
    }
}
