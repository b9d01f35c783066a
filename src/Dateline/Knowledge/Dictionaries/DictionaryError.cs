namespace Dateline.Knowledge.Dictionaries;

/// <summary>A line of a dictionary file that could not be read as written (an error) or was read after a repair (a warning), with the reason.</summary>
/// <param name="File">The file name as given to the reader.</param>
/// <param name="Line">The 1-based line number.</param>
/// <param name="Message">What is wrong with the line and what the reader did with it.</param>
public sealed record DictionaryError(string File, int Line, string Message)
{
    /// <summary>The error as <c>file:line: message</c>.</summary>
    public override string ToString() => $"{File}:{Line}: {Message}";
}
