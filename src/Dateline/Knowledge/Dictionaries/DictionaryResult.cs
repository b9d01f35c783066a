namespace Dateline.Knowledge.Dictionaries;

/// <summary>What a dictionary reader returns: the dictionary built from every readable line, and the lines it could not read.</summary>
/// <typeparam name="T">The dictionary type.</typeparam>
public sealed class DictionaryResult<T>
    where T : class
{
    /// <summary>Creates a result.</summary>
    /// <param name="dictionary">The dictionary.</param>
    /// <param name="errors">The lines that were reported.</param>
    /// <param name="linesRead">Physical lines read, comments and blank lines included.</param>
    /// <param name="warnings">The lines that were odd but read after a repair (none when null).</param>
    public DictionaryResult(T dictionary, IReadOnlyList<DictionaryError> errors, int linesRead, IReadOnlyList<DictionaryError>? warnings = null)
    {
        ArgumentNullException.ThrowIfNull(dictionary);
        ArgumentNullException.ThrowIfNull(errors);
        Dictionary = dictionary;
        Errors = errors;
        LinesRead = linesRead;
        Warnings = warnings ?? [];
    }

    /// <summary>The dictionary (never null, possibly empty).</summary>
    public T Dictionary { get; }

    /// <summary>Every line that was not read as written, in file order.</summary>
    public IReadOnlyList<DictionaryError> Errors { get; }

    /// <summary>
    /// Lines that are odd but readable, read the way PETRARCH reads them (or as plainly intended), each saying what
    /// was repaired; in file order.
    /// </summary>
    public IReadOnlyList<DictionaryError> Warnings { get; }

    /// <summary>Physical lines read, comments and blank lines included.</summary>
    public int LinesRead { get; }

    /// <summary>True when no line was reported.</summary>
    public bool IsClean => Errors.Count == 0;
}
