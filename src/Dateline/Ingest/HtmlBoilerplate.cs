using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Dateline.Ingest;

/// <summary>
/// Removes the parts of a news page that are not the story: the headline (<c>h1</c>, already read as the title),
/// navigation, headers and footers of the site,
/// asides, forms, share bars, related-story lists, comments, ads, newsletter boxes and cookie banners
/// (by element name, ARIA role, or a class or id naming them), and picks the element holding the story.
/// </summary>
internal static class HtmlBoilerplate
{
    private static readonly string[] NoiseElements =
        ["script", "style", "noscript", "template", "svg", "nav", "aside", "form", "iframe", "button", "footer", "h1"];

    private static readonly string[] NoiseRoles = ["navigation", "banner", "contentinfo", "complementary", "search", "dialog"];

    private static readonly Regex NoiseName = new(
        @"(^|[\s_\-])(nav|navbar|menu|breadcrumbs?|share|sharing|social|related|recommended|more-stories|most-read|" +
        @"trending|comments?|disqus|footer|masthead|sidebar|advert\w*|ads?|ad-slot|dfp|sponsored|promo|newsletter|" +
        @"subscribe|signup|paywall|cookie\w*|consent|banner|popup|modal|tags|topics|outbrain|taboola|meta|timestamp|published-date)($|[\s_\-])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>Removes the noise from <paramref name="document"/> in place.</summary>
    public static void Remove(IDocument document)
    {
        foreach (var element in document.QuerySelectorAll(string.Join(',', NoiseElements)).ToList()) element.Remove();
        foreach (var element in document.All.ToList())
        {
            if (element.ParentElement == null || element.LocalName is "html" or "body" or "article" or "main") continue;
            if (IsNoise(element) && element.QuerySelector("article, main, [itemprop=articleBody]") == null) element.Remove();
        }
        foreach (var header in document.QuerySelectorAll("header").ToList())
        {
            if (header.Closest("article") == null) header.Remove();
        }
    }

    /// <summary>The element most likely to hold the story: the <c>article</c> or <c>articleBody</c> with the most text, else <c>main</c>, else the body.</summary>
    public static INode? MainContent(IDocument document)
    {
        var candidates = document.QuerySelectorAll("[itemprop=articleBody], article, main, [role=main]");
        IElement? best = null;
        var bestLength = 0;
        foreach (var candidate in candidates)
        {
            var length = candidate.TextContent.Length;
            if (length > bestLength)
            {
                best = candidate;
                bestLength = length;
            }
        }
        return best ?? (INode?)document.Body ?? document.DocumentElement;
    }

    private static bool IsNoise(IElement element)
    {
        var role = element.GetAttribute("role");
        if (role != null && NoiseRoles.Contains(role, StringComparer.OrdinalIgnoreCase)) return true;
        if (element.GetAttribute("aria-hidden") == "true") return true;
        var className = element.GetAttribute("class");
        var id = element.Id;
        return (className != null && NoiseName.IsMatch(className)) || (id != null && NoiseName.IsMatch(id));
    }
}
