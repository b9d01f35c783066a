namespace Dateline.Ingest;

/// <summary>
/// What the <see cref="ArticleLoader"/> gives for each article it was asked to read: either a
/// <see cref="LoadedArticle"/> or an <see cref="InputError"/>. Match on the two cases.
/// </summary>
public abstract record LoadOutcome
{
    private protected LoadOutcome()
    {
    }

    /// <summary>True for a <see cref="LoadedArticle"/>, false for an <see cref="InputError"/>.</summary>
    public abstract bool IsArticle { get; }
}
