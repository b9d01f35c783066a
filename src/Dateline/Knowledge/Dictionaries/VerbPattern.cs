using System.Text;

namespace Dateline.Knowledge.Dictionaries;

/// <summary>A verb pattern (<c>- $ * (TO +) [061]</c>): its elements around the verb and the code it gives.</summary>
/// <param name="Elements">The top-level elements in order; exactly one is <see cref="PatternElementKind.Verb"/>.</param>
/// <param name="Code">The code the pattern gives.</param>
/// <param name="Comment">The comment after <c>#</c> (often the verb the pattern came from), trimmed.</param>
/// <param name="Line">The line.</param>
public sealed record VerbPattern(IReadOnlyList<PatternElement> Elements, VerbCode Code, string Comment, int Line)
{
    /// <summary>The index of the <c>*</c> element in <see cref="Elements"/>.</summary>
    public int VerbIndex
    {
        get
        {
            for (var i = 0; i < Elements.Count; i++)
            {
                if (Elements[i].Kind == PatternElementKind.Verb) return i;
            }
            return -1;
        }
    }

    /// <summary>True when the pattern has a <c>%</c> (compound actor) element.</summary>
    public bool IsCompound
    {
        get
        {
            foreach (var element in Elements)
            {
                if (element.Kind == PatternElementKind.Compound) return true;
            }
            return false;
        }
    }

    /// <summary>The pattern as it would be written, without its code.</summary>
    public override string ToString() => "- " + Render(Elements) + " [" + Code.Text + "]";

    internal static string Render(IReadOnlyList<PatternElement> elements)
    {
        var text = new StringBuilder();
        for (var i = 0; i < elements.Count; i++)
        {
            text.Append(elements[i]);
            if (i + 1 < elements.Count) text.Append(elements[i].JoinedToNext ? '_' : ' ');
        }
        return text.ToString();
    }
}
