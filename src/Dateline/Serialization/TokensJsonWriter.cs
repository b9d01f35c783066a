using System.Text.Json;
using Dateline.Documents;

namespace Dateline.Serialization;

/// <summary>
/// Writes <c>tokens</c> (only with <see cref="ArticleJsonOptions.IncludeTokens"/>):
/// <c>[{start, end, text, upos, xpos, lemma, head, deprel}]</c>, each field present when its layer is.
/// </summary>
internal sealed class TokensJsonWriter : ILayerJsonWriter
{
    public string PropertyName => "tokens";

    public bool CanWrite(Document document, ArticleJsonOptions options) =>
        options.IncludeTokens && document.Has(Layers.Tokens);

    public void WriteValue(Utf8JsonWriter writer, Document document, ArticleJsonOptions options)
    {
        var tokens = document.Get(Layers.Tokens);
        document.TryGet(Layers.Tags, out var tags);
        document.TryGet(Layers.Lemmas, out var lemmas);
        document.TryGet(Layers.Dependencies, out var deps);
        writer.WriteStartArray();
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            writer.WriteStartObject();
            writer.WriteNumber("start", token.Start);
            writer.WriteNumber("end", token.End);
            if (options.IncludeSpanText) writer.WriteString("text", document.Slice(token.Span));
            if (token.Form is { } form) writer.WriteString("form", form);
            if (tags != null)
            {
                writer.WriteString("upos", tags.Upos[i]);
                writer.WriteString("xpos", tags.Xpos[i]);
            }
            if (lemmas != null) writer.WriteString("lemma", lemmas[i]);
            if (deps != null)
            {
                writer.WriteNumber("head", deps.Heads[i]);
                writer.WriteString("deprel", deps.Relations[i]);
            }
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }
}
