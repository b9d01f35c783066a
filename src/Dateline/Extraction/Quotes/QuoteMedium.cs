namespace Dateline.Extraction.Quotes;

/// <summary>The channel through which a statement was made, when the text names it.</summary>
public enum QuoteMedium
{
    /// <summary>A video address or recorded speech.</summary>
    VideoAddress,

    /// <summary>A written or issued statement.</summary>
    Statement,

    /// <summary>An interview.</summary>
    Interview,

    /// <summary>A post on a social network (X/Twitter, Telegram, Facebook, ...).</summary>
    SocialPost,

    /// <summary>A press conference, news conference or briefing.</summary>
    PressConference,

    /// <summary>A television or radio broadcast.</summary>
    Television,
}
