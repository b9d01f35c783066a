namespace Dateline.Knowledge.Dictionaries;

/// <summary>
/// Parses the body of a pattern line (between <c>-</c> and <c>[code]</c>) into <see cref="PatternElement"/>s:
/// symbols <c>$ + * ^ %</c>, synsets <c>&amp;NAME</c>, words, <c>( )</c> and <c>{ }</c> groups, <c>_</c> joins.
/// Text from an <c>@</c> on is a comment.
/// </summary>
internal static class VerbPatternParser
{
    public static List<PatternElement>? Parse(ReadOnlySpan<char> body, WordPool pool, out string? error)
    {
        error = null;
        var stack = new List<(List<PatternElement> Items, char Close)> { ([], '\0') };
        var i = 0;
        while (i < body.Length)
        {
            var c = body[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c == '@')
            {
                break;
            }
            else if (c == '_')
            {
                var items = stack[^1].Items;
                var joins = items.Count > 0 && i + 1 < body.Length && !char.IsWhiteSpace(body[i + 1]) && body[i + 1] is not (')' or '}');
                if (joins) items[^1] = items[^1] with { JoinedToNext = true };
                i++;
            }
            else if (c is '(' or '{')
            {
                stack.Add(([], c == '(' ? ')' : '}'));
                i++;
            }
            else if (c is ')' or '}')
            {
                if (stack.Count == 1 || stack[^1].Close != c)
                {
                    error = $"unbalanced '{c}' in pattern";
                    return null;
                }
                var group = stack[^1];
                stack.RemoveAt(stack.Count - 1);
                var kind = c == ')' ? PatternElementKind.PrepositionalPhrase : PatternElementKind.NounPhrase;
                stack[^1].Items.Add(new PatternElement(kind, null, group.Items.ToArray()));
                i++;
            }
            else
            {
                var end = i;
                while (end < body.Length && !char.IsWhiteSpace(body[end]) && body[end] is not ('(' or ')' or '{' or '}' or '_')) end++;
                stack[^1].Items.Add(Token(body[i..end], pool));
                i = end;
            }
        }
        if (stack.Count != 1)
        {
            error = $"'{(stack[^1].Close == ')' ? '(' : '{')}' is never closed in pattern";
            return null;
        }
        var verbs = CountVerbs(stack[0].Items);
        if (verbs != 1 || VerbIndex(stack[0].Items) < 0)
        {
            error = verbs == 0 ? "pattern has no '*' (the verb)" : "pattern must have exactly one '*', outside any group";
            return null;
        }
        return stack[0].Items;
    }

    private static PatternElement Token(ReadOnlySpan<char> token, WordPool pool) => token switch
    {
        "$" => new PatternElement(PatternElementKind.Source, null, []),
        "+" => new PatternElement(PatternElementKind.Target, null, []),
        "*" => new PatternElement(PatternElementKind.Verb, null, []),
        "^" => new PatternElement(PatternElementKind.Skip, null, []),
        "%" => new PatternElement(PatternElementKind.Compound, null, []),
        _ when token[0] == '&' => new PatternElement(PatternElementKind.Synset, pool.Get(token), []),
        _ => new PatternElement(PatternElementKind.Word, pool.Get(token), []),
    };

    private static int CountVerbs(IReadOnlyList<PatternElement> elements)
    {
        var count = 0;
        foreach (var element in elements)
        {
            if (element.Kind == PatternElementKind.Verb) count++;
            count += CountVerbs(element.Children);
        }
        return count;
    }

    private static int VerbIndex(List<PatternElement> elements) => elements.FindIndex(e => e.Kind == PatternElementKind.Verb);
}
