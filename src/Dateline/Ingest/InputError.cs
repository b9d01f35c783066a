using System.Globalization;

namespace Dateline.Ingest;

/// <summary>An input that could not be read as an article. The batch goes on after it.</summary>
/// <param name="Path">The file (or stream name) the problem is in.</param>
/// <param name="Line">The 1-based line for line-oriented input (JSONL), else null.</param>
/// <param name="Code">A stable code for the kind of problem (see <see cref="InputErrorCodes"/>).</param>
/// <param name="Message">One sentence naming the problem, without the path.</param>
public sealed record InputError(string Path, int? Line, string Code, string Message) : LoadOutcome
{
    /// <inheritdoc />
    public override bool IsArticle => false;

    /// <summary>The error as one line: <c>path[:line]: CODE: message</c>.</summary>
    public override string ToString() =>
        Line is { } line
            ? string.Create(CultureInfo.InvariantCulture, $"{Path}:{line}: {Code}: {Message}")
            : $"{Path}: {Code}: {Message}";
}
