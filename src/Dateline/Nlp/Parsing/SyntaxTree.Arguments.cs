namespace Dateline.Nlp.Parsing;

/// <summary>Predicate-argument questions.</summary>
public sealed partial class SyntaxTree
{
    /// <summary>
    /// Subjects of a predicate: <c>nsubj</c> and <c>csubj</c> with any subtype (<c>nsubj:pass</c>,
    /// <c>csubj:pass</c>, <c>nsubj:outer</c>). A conjoined predicate without a subject of its own shares
    /// the subjects of the predicate it is conjoined to ("police arrested and charged him").
    /// </summary>
    public IReadOnlyList<int> Subjects(int predicate)
    {
        for (var steps = 0; predicate >= 0 && steps < Count; steps++)
        {
            var own = ChildrenWith(predicate, "nsubj", "csubj");
            if (own.Count > 0 || !HasRelation(predicate, "conj")) return own;
            predicate = Head(predicate);
        }
        return [];
    }

    /// <summary>True when the predicate has a passive subject or passive auxiliary.</summary>
    public bool IsPassive(int predicate)
    {
        foreach (var child in Children(predicate))
        {
            var r = Relation(child);
            if (r is "nsubj:pass" or "csubj:pass" or "aux:pass") return true;
        }
        return false;
    }

    /// <summary>Direct and indirect objects (<c>obj</c>, <c>iobj</c>).</summary>
    public IReadOnlyList<int> Objects(int predicate) => ChildrenWith(predicate, "obj", "iobj");

    /// <summary>Oblique dependents (<c>obl</c> and subtypes) with their case markers.</summary>
    public IReadOnlyList<ObliqueArgument> Obliques(int predicate)
    {
        var found = new List<ObliqueArgument>();
        foreach (var child in ChildrenWith(predicate, "obl"))
        {
            found.Add(new ObliqueArgument(child, FirstChildWith(child, "case")));
        }
        return found;
    }

    /// <summary>Clausal complements (<c>ccomp</c>, <c>xcomp</c>).</summary>
    public IReadOnlyList<int> ClausalComplements(int predicate) => ChildrenWith(predicate, "ccomp", "xcomp");

    /// <summary>
    /// The agent of a passive predicate: an <c>obl:agent</c> dependent, or in a passive clause an
    /// <c>obl</c> marked by "by"; -1 when there is none.
    /// </summary>
    public int Agent(int predicate)
    {
        var tagged = FirstChildWith(predicate, "obl:agent");
        if (tagged >= 0 || !IsPassive(predicate)) return tagged;
        foreach (var oblique in Obliques(predicate))
        {
            if (oblique.CaseMarker >= 0 && FormIs(oblique.CaseMarker, "by")) return oblique.Token;
        }
        return -1;
    }

    /// <summary>Conjuncts of a word (<c>conj</c> dependents, following chains of nested coordination), in text order.</summary>
    public IReadOnlyList<int> Conjuncts(int token)
    {
        var found = new List<int>();
        var pending = new Stack<int>();
        pending.Push(token);
        while (pending.Count > 0)
        {
            foreach (var child in ChildrenWith(pending.Pop(), "conj"))
            {
                found.Add(child);
                pending.Push(child);
            }
        }
        found.Sort();
        return found;
    }

    /// <summary>True when a dependent <c>advmod</c> or <c>det</c> is a negation (not, n't, never, no).</summary>
    public bool IsNegated(int token)
    {
        foreach (var child in ChildrenWith(token, "advmod", "det"))
        {
            foreach (var word in NegationWords)
            {
                if (FormIs(child, word)) return true;
            }
        }
        return false;
    }

    /// <summary>The copula of a nominal or adjectival predicate (<c>cop</c>), or -1.</summary>
    public int Copula(int predicate) => FirstChildWith(predicate, "cop");

    /// <summary>Auxiliaries (<c>aux</c>, <c>aux:pass</c>), in text order.</summary>
    public IReadOnlyList<int> Auxiliaries(int predicate) => ChildrenWith(predicate, "aux");
}
