using Dateline.Tests.Storage;

namespace Dateline.Browser.Tests.Support;

/// <summary>
/// Synthetic articles (our own strings) with script-injection payloads in quotes, speaker and entity names, titles,
/// outlets, URLs, place names and claimants. Every payload calls <c>pwn(name)</c> if it ever runs.
/// </summary>
internal static class InjectionCorpus
{
    public const string ScriptQuote = "<script>pwn('quote')</script> we will hold the line";
    public const string ImgSpeaker = "<img src=x onerror=pwn('speaker')> Petrenko";
    public const string SvgSource = "\"><svg onload=pwn('svg')>";
    public const string BoldTarget = "<b onclick=pwn('b')>Donetsk</b>";
    public const string AttributeClaimant = "' onmouseover='pwn(\"attr\")' x='";
    public const string ScriptTitle = "Talks <script>pwn('title')</script> end";
    public const string SvgOutlet = "Wire <svg onload=pwn('outlet')>";
    public const string ImgPlace = "<img src=x onerror=pwn('place')>";
    public const string IframeQuote = "</textarea><iframe srcdoc=\"<script>parent.pwn('iframe')</script>\"></iframe> is what they sent";
    public const string TemplateSpeaker = "{{constructor.constructor('pwn(1)')()}} Kovalenko";
    public const string AnchorOutlet = "<a href=\"javascript:pwn('anchor')\">Daily</a>";
    public const string ImgTitle = "\"><img src=x onerror=pwn('title2')>";

    /// <summary>The strings every view must show as text, never run.</summary>
    public static readonly string[] Payloads =
        [ScriptQuote, ImgSpeaker, SvgSource, BoldTarget, AttributeClaimant, ScriptTitle, SvgOutlet, ImgPlace, IframeQuote, TemplateSpeaker, AnchorOutlet, ImgTitle];

    public static string First()
    {
        var text = $"Minister {ImgSpeaker} said \"{ScriptQuote}\" on Monday. Gunners of {SvgSource} shelled {BoldTarget} at dawn. "
            + $"Officials {AttributeClaimant} warned that forces would strike Kharkiv on March 9.";
        return new AnalysisJsonBuilder(text).Meta("javascript:pwn('url')", ScriptTitle, "2022-03-07", SvgOutlet)
            .Entity("e1", "PERSON", ImgSpeaker, ImgSpeaker)
            .Entity("e2", "LOCATION", BoldTarget, BoldTarget)
            .Event("ev1", "195", 4, -10, ("UKRMIL", null, SvgSource), ("RUS", "e2", BoldTarget), $"shelled {BoldTarget}",
                date: "2022-03-07", place: ImgPlace, country: "UA")
            .Quote("q1", ScriptQuote, "said", ImgSpeaker, "e1")
            .Claim("c1", AttributeClaimant, "190", "forces would strike Kharkiv on March 9", "2022-03-09", "March 9")
            .Build();
    }

    public static string Second()
    {
        var text = $"{TemplateSpeaker} told reporters \"{IframeQuote}\" in the evening. Envoys of Kyiv accused Moscow of delays.";
        return new AnalysisJsonBuilder(text).Meta("data:text/html,<script>pwn('data')</script>", ImgTitle, "2022-03-08", AnchorOutlet)
            .Entity("e1", "PERSON", TemplateSpeaker, TemplateSpeaker)
            .Event("ev1", "112", 3, -2, ("UKRGOV", null, "Envoys of Kyiv"), ("RUSGOV", null, "Moscow"), "Envoys of Kyiv accused Moscow", date: "2022-03-08")
            .Quote("q1", IframeQuote, "told", TemplateSpeaker, "e1")
            .Build();
    }
}
