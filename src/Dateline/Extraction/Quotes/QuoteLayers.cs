using Dateline.Documents;

namespace Dateline.Extraction.Quotes;

/// <summary>The layer the quote stage assigns.</summary>
public static class QuoteLayers
{
    /// <summary>Direct, indirect and mixed quotes with their attribution, in text order of their content.</summary>
    public static readonly LayerKey<IReadOnlyList<Quote>> Quotes = new("quotes");
}
