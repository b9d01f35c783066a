using Dateline.Documents;
using Dateline.Text;

namespace Dateline.Tests.Text;

/// <summary>Test helper: runs the segmenter stage on a text and exposes tokens and sentences as strings.</summary>
internal sealed class Segmented
{
    private Segmented(Document document)
    {
        Document = document;
        var tokens = document.Get(Layers.Tokens);
        Tokens = [.. tokens.Select(t => document.TextOf(t.Span))];
        Forms = [.. tokens.Select(t => t.Form ?? document.TextOf(t.Span))];
        Sentences = [.. document.Get(Layers.Sentences).Select(s => document.TextOf(s.Span))];
    }

    /// <summary>The document with its layers set.</summary>
    public Document Document { get; }

    /// <summary>The text of each token.</summary>
    public IReadOnlyList<string> Tokens { get; }

    /// <summary>The normalized form of each token (its text when it has no form).</summary>
    public IReadOnlyList<string> Forms { get; }

    /// <summary>The text of each sentence.</summary>
    public IReadOnlyList<string> Sentences { get; }

    /// <summary>Segments <paramref name="text"/>.</summary>
    public static Segmented Of(string text)
    {
        var document = new Document(text);
        new SegmenterStage().Process(document, CancellationToken.None);
        return new Segmented(document);
    }
}
