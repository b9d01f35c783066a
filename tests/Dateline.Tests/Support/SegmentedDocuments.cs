using Dateline.Documents;
using Dateline.Text;

namespace Dateline.Tests.Support;

/// <summary>Documents tokenized and split by the real segmenter, for stages that come after it.</summary>
public static class SegmentedDocuments
{
    /// <summary>A document of <paramref name="text"/> with tokens and sentences.</summary>
    public static Document Of(string text)
    {
        var document = new Document(text);
        new SegmenterStage().Process(document, CancellationToken.None);
        return document;
    }
}
