using Dateline.Documents;
using Dateline.Serialization;

namespace Dateline.Cli.Commands;

/// <summary>
/// Writes analyzed articles in the chosen format. <c>json</c> writes a lone article as one object and
/// several as an array (it holds the first back until it knows which); <c>jsonl</c> writes one object per
/// line; <c>text</c> writes a summary per article.
/// </summary>
internal sealed class ArticleSink(TextWriter output, string format, ArticleJsonOptions jsonOptions) : IDisposable
{
    private Document? _held;
    private int _count;

    public void Add(Document document)
    {
        _count++;
        switch (format)
        {
            case "text":
                ArticleSummaryWriter.Write(output, document);
                break;
            case "jsonl":
                output.WriteLine(ArticleJsonWriter.Default.ToJson(document, jsonOptions));
                break;
            default:
                if (_count == 1)
                {
                    _held = document;
                    return;
                }
                if (_count == 2)
                {
                    output.WriteLine("[");
                    output.Write(Json(_held!));
                    _held = null;
                }
                output.WriteLine(",");
                output.Write(Json(document));
                break;
        }
        output.Flush();
    }

    /// <summary>Writes what is held back and closes the array, if one was opened.</summary>
    public void Complete()
    {
        if (format != "json") return;
        if (_held != null) output.WriteLine(Json(_held));
        else if (_count > 1) output.WriteLine(Environment.NewLine + "]");
        output.Flush();
    }

    private string Json(Document document) => ArticleJsonWriter.Default.ToJson(document, jsonOptions);

    public void Dispose() => output.Flush();
}
