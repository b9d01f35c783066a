namespace Dateline.Nlp.Parsing;

/// <summary>The four unlabeled moves of the arc-eager system; labels are chosen separately.</summary>
internal static class ArcEagerAction
{
    /// <summary>Push the front of the buffer onto the stack.</summary>
    public const int Shift = 0;

    /// <summary>Pop the stack top, which already has its head.</summary>
    public const int Reduce = 1;

    /// <summary>Make the buffer front the head of the stack top and pop it.</summary>
    public const int LeftArc = 2;

    /// <summary>Make the stack top the head of the buffer front and push the front.</summary>
    public const int RightArc = 3;

    /// <summary>Number of moves.</summary>
    public const int Count = 4;
}
