namespace Dateline.Extraction.Quotes;

/// <summary>Words of an attribution that name the channel of a statement.</summary>
internal static class MediumLexicon
{
    /// <summary>The medium a word (lemma, lowercase) names given the word before it, or null.</summary>
    public static QuoteMedium? Of(string lemma, string? previousLemma, string? nextLemma) => lemma switch
    {
        "address" when previousLemma is "video" or "televised" or "televise" or "nightly" => QuoteMedium.VideoAddress,
        "video" when nextLemma is not "address" => QuoteMedium.VideoAddress,
        "statement" or "communique" or "communiqué" or "release" => QuoteMedium.Statement,
        "interview" => QuoteMedium.Interview,
        "tweet" or "twitter" or "telegram" or "facebook" or "instagram" => QuoteMedium.SocialPost,
        "x" when previousLemma is "on" => QuoteMedium.SocialPost,
        "post" when previousLemma is "a" or "in" or "social" => QuoteMedium.SocialPost,
        "conference" when previousLemma is "press" or "news" => QuoteMedium.PressConference,
        "briefing" => QuoteMedium.PressConference,
        "television" or "tv" or "broadcast" or "radio" or "televised" or "televise" => QuoteMedium.Television,
        _ => null,
    };
}
