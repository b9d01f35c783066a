using Dateline.Documents;

namespace Dateline.Nlp.Entities;

/// <summary>An entity being assembled by <see cref="EntityGrouper"/>: its type, mentions so far and their texts.</summary>
internal sealed class EntityDraft(EntityType type)
{
    private readonly List<TextSpan> _mentions = [];
    private readonly HashSet<string> _texts = new(StringComparer.Ordinal);

    /// <summary>The entity's type (that of its first mention).</summary>
    public EntityType Type { get; } = type;

    /// <summary>The longest mention text so far (the first of equal length).</summary>
    public string Name { get; private set; } = "";

    /// <summary>Adds a mention.</summary>
    public void Add(TextSpan span, string text)
    {
        _mentions.Add(span);
        _texts.Add(text);
        if (text.Length > Name.Length) Name = text;
    }

    /// <summary>True when some mention has exactly this text.</summary>
    public bool HasMention(string text) => _texts.Contains(text);

    /// <summary>The finished entity.</summary>
    public Entity Build(string id) => new(id, Type, Name, [.. _mentions]);
}
