using Dateline.Documents;

namespace Dateline.Extraction.Times;

/// <summary>The layer the time-expression stage assigns.</summary>
public static class TimeLayers
{
    /// <summary>Time expressions in text order, normalized against the article date.</summary>
    public static readonly LayerKey<IReadOnlyList<TimeExpression>> Times = new("times");
}
