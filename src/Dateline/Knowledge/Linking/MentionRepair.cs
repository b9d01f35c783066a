using Dateline.Documents;

namespace Dateline.Knowledge.Linking;

/// <summary>
/// Widens a mention over the capitalized words beside it when the wider phrase is an actor name (the recognizer's
/// <c>European</c> + <c>Union</c> becomes <c>European Union</c>). Mentions the wider one covers leave their entity;
/// an entity left without mentions is dropped. Works on copies: the recognizer's layer is not changed.
/// </summary>
internal static class MentionRepair
{
    private const int MaxWords = 2;

    public static IReadOnlyList<Entity> Repair(LinkingContext context, IReadOnlyList<Entity> entities, ActorResolver resolver)
    {
        if (resolver.Dictionaries.Actors.Count == 0) return entities;
        var spans = new List<TextSpan>[entities.Count];
        var types = new EntityType[entities.Count];
        var names = new string[entities.Count];
        var changed = false;
        for (var i = 0; i < entities.Count; i++)
        {
            spans[i] = [.. entities[i].Mentions];
            types[i] = entities[i].Type;
            names[i] = entities[i].Name;
        }
        for (var i = 0; i < entities.Count; i++)
        {
            for (var m = 0; m < spans[i].Count; m++)
            {
                if (Widen(context, spans[i][m], resolver) is not { } wider) continue;
                changed = true;
                spans[i][m] = wider;
                if (wider.Length > names[i].Length) names[i] = context.Document.TextOf(wider);
                Absorb(spans, types, i, wider);
            }
        }
        return changed ? Rebuild(entities, spans, types, names) : entities;
    }

    /// <summary>The widest phrase around the mention (up to two capitalized words each side) that names an actor, or null.</summary>
    private static TextSpan? Widen(LinkingContext context, TextSpan mention, ActorResolver resolver)
    {
        var (first, last) = context.TokensOf(mention);
        if (first < 0) return null;
        TextSpan? best = null;
        for (var left = 0; left <= MaxWords; left++)
        {
            if (left > 0 && !IsNameWord(context, first - left)) break;
            for (var right = 0; right <= MaxWords; right++)
            {
                if (right > 0 && !IsNameWord(context, last + right)) break;
                if (left + right == 0) continue;
                var span = new TextSpan(context.Tokens[first - left].Start, context.Tokens[last + right].End);
                if (best is { } found && found.Length >= span.Length) continue;
                if (resolver.FindEntry(context.Document.TextOf(span), person: false) is not null) best = span;
            }
        }
        return best;
    }

    /// <summary>A capitalized word other than a sentence-initial <c>The</c> (names are matched without their article).</summary>
    private static bool IsNameWord(LinkingContext context, int token) =>
        token >= 0 && token < context.Tokens.Count && context.Words[token] is { Length: > 0 } word && char.IsUpper(word[0]) && char.IsLetter(word[^1]) &&
        !word.Equals("the", StringComparison.OrdinalIgnoreCase);

    /// <summary>Removes the other mentions inside <paramref name="wider"/>; a group adjective takes the type of what it absorbs.</summary>
    private static void Absorb(List<TextSpan>[] spans, EntityType[] types, int owner, TextSpan wider)
    {
        for (var j = 0; j < spans.Length; j++)
        {
            for (var k = spans[j].Count - 1; k >= 0; k--)
            {
                if ((j == owner && spans[j][k] == wider) || !spans[j][k].IsInside(wider)) continue;
                if (types[owner] == EntityType.Group && types[j] != EntityType.Group) types[owner] = types[j];
                spans[j].RemoveAt(k);
            }
        }
    }

    private static List<Entity> Rebuild(IReadOnlyList<Entity> entities, List<TextSpan>[] spans, EntityType[] types, string[] names)
    {
        var rebuilt = new List<Entity>(entities.Count);
        for (var i = 0; i < entities.Count; i++)
        {
            if (spans[i].Count == 0) continue;
            spans[i].Sort((a, b) => a.Start.CompareTo(b.Start));
            rebuilt.Add(entities[i] with { Type = types[i], Name = names[i], Mentions = spans[i] });
        }
        return rebuilt;
    }
}
