using Dateline.Documents;

namespace Dateline.Cli.Commands;

/// <summary>One input of a batch: a document to analyze, or the error that stopped it being read.</summary>
/// <param name="Document">The document, when it was read.</param>
/// <param name="Error">The message naming the input and the problem, when it was not.</param>
internal sealed record InputItem(Document? Document, string? Error)
{
    public static InputItem Failed(string message) => new(null, message);
}
