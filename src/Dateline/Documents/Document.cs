namespace Dateline.Documents;

/// <summary>
/// An article: its text, what is known about it, and the layers of annotation that stages add.
/// Every layer points into <see cref="Text"/> by UTF-16 offset; nothing copies substrings around.
/// A document is processed by one thread at a time; each layer is written once.
/// </summary>
public sealed class Document
{
    private readonly Dictionary<LayerKey, object> _layers = [];

    /// <summary>Creates a document that owns <paramref name="text"/>.</summary>
    /// <param name="text">The article text; offsets of every layer refer to it.</param>
    /// <param name="metadata">What is known about the article, or null for nothing.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public Document(string text, ArticleMetadata? metadata = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
        Metadata = metadata ?? new ArticleMetadata();
    }

    /// <summary>The article text.</summary>
    public string Text { get; }

    /// <summary>What is known about the article apart from its text.</summary>
    public ArticleMetadata Metadata { get; }

    /// <summary>The keys of the layers set so far, in no particular order.</summary>
    public IEnumerable<LayerKey> LayerKeys => _layers.Keys;

    /// <summary>True when the layer has been set.</summary>
    public bool Has(LayerKey key) => _layers.ContainsKey(key);

    /// <summary>Returns the layer's value.</summary>
    /// <exception cref="InvalidOperationException">The layer has not been set.</exception>
    public T Get<T>(LayerKey<T> key) where T : class =>
        TryGet(key, out var value)
            ? value
            : throw new InvalidOperationException($"E002: layer '{key.Name}' has not been set on this document.");

    /// <summary>Looks the layer up without throwing.</summary>
    public bool TryGet<T>(LayerKey<T> key, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out T value)
        where T : class
    {
        if (_layers.TryGetValue(key, out var stored))
        {
            value = (T)stored;
            return true;
        }
        value = null;
        return false;
    }

    /// <summary>Sets a layer. Layers are written once: a stage never overwrites another's work.</summary>
    /// <exception cref="InvalidOperationException">The layer is already set.</exception>
    public void Set<T>(LayerKey<T> key, T value) where T : class
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!_layers.TryAdd(key, value))
        {
            throw new InvalidOperationException($"E003: layer '{key.Name}' is already set on this document.");
        }
    }

    /// <summary>The characters a span covers, without copying.</summary>
    public ReadOnlySpan<char> Slice(TextSpan span) => Text.AsSpan(span.Start, span.Length);

    /// <summary>The characters a span covers, as a new string (for output, not for hot paths).</summary>
    public string TextOf(TextSpan span) => Text.Substring(span.Start, span.Length);
}
