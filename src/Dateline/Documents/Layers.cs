namespace Dateline.Documents;

/// <summary>The layers the core pipeline knows. Later stages add their own keys next to their code.</summary>
public static class Layers
{
    /// <summary>Sentence boundaries, each with its token range.</summary>
    public static readonly LayerKey<IReadOnlyList<Sentence>> Sentences = new("sentences");

    /// <summary>Tokens by character offset, in text order.</summary>
    public static readonly LayerKey<IReadOnlyList<Token>> Tokens = new("tokens");

    /// <summary>Part-of-speech tags (UPOS and PTB XPOS), one pair per token.</summary>
    public static readonly LayerKey<PosTags> Tags = new("tags");

    /// <summary>Lemmas, one per token.</summary>
    public static readonly LayerKey<IReadOnlyList<string>> Lemmas = new("lemmas");

    /// <summary>Universal Dependencies heads and relations, one per token.</summary>
    public static readonly LayerKey<DependencyTree> Dependencies = new("dependencies");

    /// <summary>Named entities with their mentions.</summary>
    public static readonly LayerKey<IReadOnlyList<Entity>> Entities = new("entities");
}
