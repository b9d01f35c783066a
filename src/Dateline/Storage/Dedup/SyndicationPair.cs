namespace Dateline.Storage.Dedup;

/// <summary>Two article texts and whether they are copies of one story, built for measuring syndication clustering.</summary>
/// <param name="First">The original (or an unrelated article).</param>
/// <param name="Second">The derived copy (or another unrelated article).</param>
/// <param name="SameStory">True when <paramref name="Second"/> was derived from <paramref name="First"/>.</param>
/// <param name="Kind">How it was built: <c>byline</c>, <c>headline</c>, <c>trim</c>, <c>edit</c>, <c>wire</c> (all of them), or <c>other-article</c>, <c>same-topic</c>, <c>shared-paragraph</c> (another story quoting one paragraph).</param>
public sealed record SyndicationPair(string First, string Second, bool SameStory, string Kind);
