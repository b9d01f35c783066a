namespace Dateline.Serialization;

/// <summary>What the article JSON includes beyond the layers that are always written.</summary>
public sealed record ArticleJsonOptions
{
    /// <summary>Write the <c>tokens</c> array (off by default: it is the bulk of the output).</summary>
    public bool IncludeTokens { get; init; }

    /// <summary>Write each span's covered text next to its offsets, for people reading the JSON.</summary>
    public bool IncludeSpanText { get; init; } = true;

    /// <summary>Indent the JSON (one article per line when false, as JSONL needs).</summary>
    public bool Indented { get; init; }
}
