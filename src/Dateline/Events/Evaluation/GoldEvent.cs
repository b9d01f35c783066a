namespace Dateline.Events.Evaluation;

/// <summary>One coded event as a PETRARCH record gives it, or as the coder's output is compared: a triple.</summary>
/// <param name="Code">The CAMEO code.</param>
/// <param name="Source">The source actor code.</param>
/// <param name="Target">The target actor code (<c>---</c> when none).</param>
public readonly record struct GoldEvent(string Code, string Source, string Target)
{
    /// <summary>The triple as <c>SOURCE TARGET CODE</c>.</summary>
    public override string ToString() => Source + " " + Target + " " + Code;
}
