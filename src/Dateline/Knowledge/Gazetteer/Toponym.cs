namespace Dateline.Knowledge.Gazetteer;

/// <summary>A place name to resolve, with the qualifier the text gives it (<c>Paris, Texas</c> → <c>Texas</c>).</summary>
/// <param name="Name">The name as written.</param>
/// <param name="Qualifier">A region or country written right after the name, or null.</param>
public sealed record Toponym(string Name, string? Qualifier = null)
{
    /// <summary>Splits <c>Paris, Texas</c> into name and qualifier; a name without a comma is kept whole.</summary>
    public static Toponym Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var comma = text.IndexOf(',');
        return comma <= 0 || comma == text.Length - 1
            ? new Toponym(text.Trim())
            : new Toponym(text[..comma].Trim(), text[(comma + 1)..].Trim());
    }
}
