namespace Dateline.Knowledge.Dictionaries;

/// <summary>
/// A CAMEO event code as written in a verb dictionary: <c>010</c>, <c>---</c> (no event), or a pair
/// <c>023:046</c> (primary and secondary codes; PETRARCH reads the pair when the verb has a source and a target).
/// </summary>
/// <param name="Text">The text between the brackets.</param>
public readonly record struct VerbCode(string Text)
{
    /// <summary>The null code <c>---</c>: the verb alone codes no event.</summary>
    public static readonly VerbCode None = new("---");

    /// <summary>The code before a <c>:</c>, or the whole code.</summary>
    public string Primary => Text.IndexOf(':', StringComparison.Ordinal) is var colon and >= 0 ? Text[..colon] : Text;

    /// <summary>The code after a <c>:</c>, or null.</summary>
    public string? Secondary => Text.IndexOf(':', StringComparison.Ordinal) is var colon and >= 0 ? Text[(colon + 1)..] : null;

    /// <summary>True for <c>---</c>.</summary>
    public bool IsNone => Primary == "---";

    /// <summary>The code as written.</summary>
    public override string ToString() => Text;
}
