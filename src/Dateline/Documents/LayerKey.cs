namespace Dateline.Documents;

/// <summary>
/// The name of a layer of annotation. A stage declares the layers it requires and assigns by key,
/// and the <see cref="Pipeline.PipelineBuilder"/> checks the order before any document is processed.
/// </summary>
/// <param name="Name">The layer's name, as it appears in the JSON output.</param>
public abstract record LayerKey(string Name)
{
    /// <inheritdoc />
    public override string ToString() => Name;
}

/// <summary>A layer name bound to the type of the value stored under it.</summary>
/// <typeparam name="T">The type of the layer's value.</typeparam>
/// <param name="Name">The layer's name.</param>
public sealed record LayerKey<T>(string Name) : LayerKey(Name) where T : class;
