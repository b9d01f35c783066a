using System.Xml;
using System.Xml.Linq;

namespace Dateline.Ingest;

/// <summary>Parses XML input safely: no DTD processing, no external resolution, comments dropped.</summary>
internal static class XmlInput
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        MaxCharactersFromEntities = 1024,
    };

    /// <summary>The document, or null with <paramref name="error"/> naming the problem.</summary>
    public static XDocument? Parse(string text, out string? error)
    {
        error = null;
        try
        {
            using var reader = XmlReader.Create(new StringReader(text), Settings);
            return XDocument.Load(reader, LoadOptions.None);
        }
        catch (XmlException e)
        {
            error = "the input is not well-formed XML: " + e.Message;
            return null;
        }
    }

    /// <summary>The first child element with <paramref name="localName"/>, in any namespace.</summary>
    public static XElement? Child(XElement parent, string localName) =>
        parent.Elements().FirstOrDefault(e => e.Name.LocalName == localName);

    /// <summary>The trimmed value of the first child with <paramref name="localName"/>, or null when absent or blank.</summary>
    public static string? ChildText(XElement parent, string localName)
    {
        var value = Child(parent, localName)?.Value.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }
}
