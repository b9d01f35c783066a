namespace Dateline.Knowledge.Dictionaries;

/// <summary>
/// Parses the body of a pattern line (between <c>-</c> and <c>[code]</c>) into <see cref="PatternElement"/>s:
/// symbols <c>$ + * ^ %</c>, synsets <c>&amp;NAME</c>, words, <c>( )</c> and <c>{ }</c> groups, <c>_</c> joins.
/// Text from an <c>@</c> on is a comment. Two slips found in the shipped files are repaired with a warning: a verb
/// marker glued to a word (<c>*SCEPTICAL</c> is read <c>* SCEPTICAL</c>) and a group's last words repeated after
/// it with a stray closing bracket (<c>(WITH VISIT) VISIT)</c>: the repeat is dropped).
/// </summary>
internal static class VerbPatternParser
{
    public static List<PatternElement>? Parse(ReadOnlySpan<char> body, WordPool pool, out string? error, out string? warning)
    {
        error = null;
        warning = null;
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
                if (stack.Count == 1 && DropRepeatedTail(stack[0].Items, c, out var dropped))
                {
                    warning = $"'{dropped}{c}' after the group repeats its end; dropped";
                    i++;
                    continue;
                }
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
                if (c == '*' && end - i > 1)
                {
                    warning = $"'{body[i..end]}' read as '* {body[(i + 1)..end]}'";
                    stack[^1].Items.Add(Token("*", pool));
                    i++;
                }
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

    /// <summary>
    /// True when the elements after the last group at this level repeat, word for word, the end of that group and
    /// <paramref name="close"/> is the group's own closing bracket: the repeat is removed.
    /// </summary>
    private static bool DropRepeatedTail(List<PatternElement> items, char close, out string dropped)
    {
        dropped = "";
        var kind = close == ')' ? PatternElementKind.PrepositionalPhrase : PatternElementKind.NounPhrase;
        var group = items.FindLastIndex(e => e.Kind is PatternElementKind.PrepositionalPhrase or PatternElementKind.NounPhrase);
        if (group < 0 || items[group].Kind != kind) return false;
        var tail = items.Count - group - 1;
        var children = items[group].Children;
        if (tail == 0 || tail > children.Count) return false;
        for (var k = 0; k < tail; k++)
        {
            var repeated = items[group + 1 + k];
            var original = children[children.Count - tail + k];
            if (repeated.Kind != original.Kind || repeated.Text != original.Text || repeated.Children.Count > 0) return false;
        }
        var words = new List<string>(tail);
        for (var k = group + 1; k < items.Count; k++) words.Add(Written(items[k]));
        dropped = string.Join(' ', words);
        items.RemoveRange(group + 1, tail);
        return true;
    }

    private static string Written(PatternElement element) => element.Kind switch
    {
        PatternElementKind.Source => "$",
        PatternElementKind.Target => "+",
        PatternElementKind.Verb => "*",
        PatternElementKind.Skip => "^",
        PatternElementKind.Compound => "%",
        _ => element.Text ?? "",
    };

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
