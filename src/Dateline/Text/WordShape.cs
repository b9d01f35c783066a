namespace Dateline.Text;

/// <summary>
/// What <see cref="WordScanner"/> learns about a word while scanning it: where the current segment
/// (the part after the last connector) starts, and whether the word has the shape of a dotted
/// abbreviation (<c>U.S</c>, <c>a.m</c>, <c>Ph.D</c>: letters in groups of one or two joined by periods).
/// </summary>
internal struct WordShape(int start)
{
    private bool _onlyLettersAndPeriods = true;
    private bool _hasPeriod;
    private int _longestSegment;

    /// <summary>Offset where the current segment starts.</summary>
    public int SegmentStart { get; private set; } = start;

    /// <summary>True for letters in groups of one or two joined by periods.</summary>
    public readonly bool IsDottedAbbreviation => _hasPeriod && _onlyLettersAndPeriods && _longestSegment <= 2;

    /// <summary>Records a word character.</summary>
    public void AddChar(char c)
    {
        if (!TextChars.IsLetter(c)) _onlyLettersAndPeriods = false;
    }

    /// <summary>Records a connector kept inside the word at offset <paramref name="at"/>.</summary>
    public void AddConnector(char c, int at)
    {
        if (c == '.') _hasPeriod = true;
        else _onlyLettersAndPeriods = false;
        Close(at);
        SegmentStart = at + 1;
    }

    /// <summary>Ends the current segment at <paramref name="at"/>.</summary>
    public void Close(int at) => _longestSegment = Math.Max(_longestSegment, at - SegmentStart);
}
