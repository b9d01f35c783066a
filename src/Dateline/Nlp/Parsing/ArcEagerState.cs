namespace Dateline.Nlp.Parsing;

/// <summary>
/// A configuration of the arc-eager system over positions <c>0..n</c> (0 is the root, which starts on
/// the stack). Besides heads and labels it keeps, per token, the two left-most and right-most children,
/// the valencies and the sets of child labels that the features read. Reusable across sentences.
/// </summary>
internal sealed class ArcEagerState
{
    private int[] _stack = new int[64];
    private bool[] _onStack = new bool[64];

    /// <summary>Number of words, the root excluded.</summary>
    public int Length { get; private set; }

    /// <summary>Index of the front of the buffer; the buffer is empty when it exceeds <see cref="Length"/>.</summary>
    public int Front { get; private set; }

    /// <summary>Number of items on the stack.</summary>
    public int StackCount { get; private set; }

    /// <summary>Head of each position, -1 while unattached.</summary>
    public int[] Heads { get; private set; } = [];

    /// <summary>Label id of each position's arc, -1 while unattached.</summary>
    public int[] Labels { get; private set; } = [];

    /// <summary>Left-most child, -1 when none.</summary>
    public int[] LeftMost { get; private set; } = [];

    /// <summary>Second left-most child, -1 when none.</summary>
    public int[] LeftSecond { get; private set; } = [];

    /// <summary>Right-most child, -1 when none.</summary>
    public int[] RightMost { get; private set; } = [];

    /// <summary>Second right-most child, -1 when none.</summary>
    public int[] RightSecond { get; private set; } = [];

    /// <summary>Number of left children.</summary>
    public int[] LeftValency { get; private set; } = [];

    /// <summary>Number of right children.</summary>
    public int[] RightValency { get; private set; } = [];

    /// <summary>Bit set of the labels of left children.</summary>
    public ulong[] LeftLabels { get; private set; } = [];

    /// <summary>Bit set of the labels of right children.</summary>
    public ulong[] RightLabels { get; private set; } = [];

    /// <summary>True once the buffer is empty.</summary>
    public bool IsTerminal => Front > Length;

    /// <summary>The stack top, or -1 when the stack is empty.</summary>
    public int Top => StackCount > 0 ? _stack[StackCount - 1] : -1;

    /// <summary>The stack item <paramref name="depth"/> below the top, or -1.</summary>
    public int StackAt(int depth) => depth < StackCount ? _stack[StackCount - 1 - depth] : -1;

    /// <summary>True when position <paramref name="i"/> is on the stack.</summary>
    public bool OnStack(int i) => _onStack[i];

    /// <summary>Resets to the initial configuration for a sentence of <paramref name="length"/> words.</summary>
    public void Reset(int length)
    {
        Length = length;
        var size = length + 1;
        if (Heads.Length < size)
        {
            var capacity = Math.Max(size, Heads.Length * 2);
            Heads = new int[capacity]; Labels = new int[capacity];
            LeftMost = new int[capacity]; LeftSecond = new int[capacity];
            RightMost = new int[capacity]; RightSecond = new int[capacity];
            LeftValency = new int[capacity]; RightValency = new int[capacity];
            LeftLabels = new ulong[capacity]; RightLabels = new ulong[capacity];
            _stack = new int[capacity]; _onStack = new bool[capacity];
        }
        Array.Fill(Heads, -1, 0, size); Array.Fill(Labels, -1, 0, size);
        Array.Fill(LeftMost, -1, 0, size); Array.Fill(LeftSecond, -1, 0, size);
        Array.Fill(RightMost, -1, 0, size); Array.Fill(RightSecond, -1, 0, size);
        Array.Clear(LeftValency, 0, size); Array.Clear(RightValency, 0, size);
        Array.Clear(LeftLabels, 0, size); Array.Clear(RightLabels, 0, size);
        Array.Clear(_onStack, 0, size);
        StackCount = 0;
        Push(0);
        Front = 1;
    }

    /// <summary>True when <paramref name="action"/> may be applied now.</summary>
    public bool IsValid(int action) => action switch
    {
        ArcEagerAction.Shift => Front <= Length,
        ArcEagerAction.Reduce => StackCount > 1 && Heads[Top] >= 0,
        ArcEagerAction.LeftArc => Front <= Length && StackCount > 1 && Heads[Top] < 0,
        ArcEagerAction.RightArc => Front <= Length && StackCount > 0,
        _ => false,
    };

    /// <summary>Applies a valid move; <paramref name="label"/> is used by the arc moves.</summary>
    public void Apply(int action, int label)
    {
        switch (action)
        {
            case ArcEagerAction.Shift:
                Push(Front++);
                break;
            case ArcEagerAction.Reduce:
                Pop();
                break;
            case ArcEagerAction.LeftArc:
                AddArc(Front, Top, label);
                Pop();
                break;
            default:
                AddArc(Top, Front, label);
                Push(Front++);
                break;
        }
    }

    /// <summary>Attaches every word still without a head to the root with <paramref name="rootLabel"/>.</summary>
    public void Finish(int rootLabel)
    {
        for (var i = 1; i <= Length; i++)
        {
            if (Heads[i] < 0)
            {
                Heads[i] = 0;
                Labels[i] = rootLabel;
            }
        }
    }

    private void Push(int i)
    {
        _stack[StackCount++] = i;
        _onStack[i] = true;
    }

    private void Pop() => _onStack[_stack[--StackCount]] = false;

    private void AddArc(int head, int dependent, int label)
    {
        Heads[dependent] = head;
        Labels[dependent] = label;
        var bit = 1UL << (label & 63);
        if (dependent < head)
        {
            LeftValency[head]++;
            LeftLabels[head] |= bit;
            if (LeftMost[head] < 0 || dependent < LeftMost[head])
            {
                LeftSecond[head] = LeftMost[head];
                LeftMost[head] = dependent;
            }
            else if (LeftSecond[head] < 0 || dependent < LeftSecond[head])
            {
                LeftSecond[head] = dependent;
            }
        }
        else
        {
            RightValency[head]++;
            RightLabels[head] |= bit;
            if (dependent > RightMost[head])
            {
                RightSecond[head] = RightMost[head];
                RightMost[head] = dependent;
            }
            else if (dependent > RightSecond[head])
            {
                RightSecond[head] = dependent;
            }
        }
    }
}
