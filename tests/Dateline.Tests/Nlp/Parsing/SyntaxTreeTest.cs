using Dateline.Corpora;
using Dateline.Documents;
using Dateline.Nlp.Parsing;

namespace Dateline.Tests.Nlp.Parsing;

public class SyntaxTreeTest
{
    /// <summary>A view over one hand-annotated sentence, tokens separated by single spaces; relations may be overridden.</summary>
    private static (SyntaxTree Tree, string Text) View(ConlluSentence sentence, params (int Word, int Head, string Relation)[] changes)
    {
        var tokens = new List<Token>();
        var text = "";
        foreach (var word in sentence.Words)
        {
            if (text.Length > 0) text += " ";
            tokens.Add(new Token(text.Length, text.Length + word.Form.Length));
            text += word.Form;
        }
        var heads = sentence.Words.Select(w => w.Head - 1).ToArray();
        var relations = sentence.Words.Select(w => w.Deprel).ToArray();
        foreach (var (word, head, relation) in changes)
        {
            heads[word] = head;
            relations[word] = relation;
        }
        return (new SyntaxTree(text, tokens, new DependencyTree(heads, relations)), text);
    }

    private static string Cut(string text, TextSpan span) => text[span.Start..span.End];

    [Fact]
    public void APassiveClauseHasItsPassiveSubjectAgentAndAuxiliary()
    {
        var (tree, _) = View(ParserTestSentences.All[1]); // Rebels were attacked by government troops near the border .
        Assert.Equal([0], tree.Subjects(2));
        Assert.True(tree.IsPassive(2));
        Assert.Equal(5, tree.Agent(2));
        Assert.Equal([1], tree.Auxiliaries(2));
        Assert.Equal([new ObliqueArgument(5, 3), new ObliqueArgument(8, 6)], tree.Obliques(2));
        Assert.Empty(tree.Objects(2));
    }

    [Fact]
    public void APlainOblMarkedByByIsTheAgentOnlyInAPassiveClause()
    {
        var passive = View(ParserTestSentences.All[1], (5, 2, "obl")).Tree;
        Assert.Equal(5, passive.Agent(2));
        var active = View(ParserTestSentences.All[1], (5, 2, "obl"), (0, 2, "nsubj"), (1, 2, "aux")).Tree;
        Assert.False(active.IsPassive(2));
        Assert.Equal(-1, active.Agent(2));
    }

    [Fact]
    public void NegationAndClausalComplementsAreFound()
    {
        var (tree, _) = View(ParserTestSentences.All[2]); // She did not say that the talks had failed .
        Assert.True(tree.IsNegated(3));
        Assert.False(tree.IsNegated(8));
        Assert.Equal([8], tree.ClausalComplements(3));
        Assert.Equal([6], tree.Subjects(8));
        Assert.Equal([7], tree.Auxiliaries(8));
    }

    [Fact]
    public void AConjoinedPredicateWithoutASubjectSharesItsFirstConjunctsSubject()
    {
        var (tree, _) = View(ParserTestSentences.All[3]); // Police arrested and charged two men who fled .
        Assert.Equal([3], tree.Conjuncts(1));
        Assert.Equal([0], tree.Subjects(3));
        Assert.Equal([5], tree.Objects(1));
        Assert.Equal([6], tree.Subjects(7));
    }

    [Fact]
    public void ConjunctChainsAreFollowed()
    {
        // Re-annotate as if "charged" had a nested conjunct: "fled" hanging from "charged".
        var (tree, _) = View(ParserTestSentences.All[3], (7, 3, "conj"));
        Assert.Equal([3, 7], tree.Conjuncts(1));
        Assert.Equal([7], tree.Conjuncts(3));
    }

    [Fact]
    public void NounPhraseExtentCoversTheSubtreeAndCanLeaveOutTheRelativeClause()
    {
        var (tree, text) = View(ParserTestSentences.All[3]);
        Assert.Equal("two men who fled", Cut(text, tree.NounPhraseExtent(5)));
        Assert.Equal("two men", Cut(text, tree.NounPhraseExtent(5, excludeRelativeClauses: true)));
        Assert.Equal([4, 5, 6, 7], tree.Subtree(5));
        Assert.Equal("Police arrested and charged two men who fled .", Cut(text, tree.SubtreeSpan(1)));
    }

    [Fact]
    public void NounPhraseExtentDropsEdgePunctuation()
    {
        // Attach the final full stop inside the noun phrase, as a parser might.
        var (tree, text) = View(ParserTestSentences.All[3], (8, 7, "punct")); // Police arrested and charged two men who fled .
        Assert.Equal("two men who fled", Cut(text, tree.NounPhraseExtent(5)));
        Assert.Equal("two men who fled .", Cut(text, tree.SubtreeSpan(5)));
    }

    [Fact]
    public void CopulaAndSubjectOfANominalPredicate()
    {
        var (tree, _) = View(ParserTestSentences.All[4]);
        Assert.Equal(2, tree.Copula(5));
        Assert.Equal(-1, tree.Copula(1));
        Assert.Equal([1], tree.Subjects(5));
    }

    [Fact]
    public void DirectAndIndirectObjectsComeInTextOrder()
    {
        var (tree, _) = View(ParserTestSentences.All[5]); // They gave the envoy a letter .
        Assert.Equal([3, 5], tree.Objects(1));
        Assert.Equal("iobj", tree.Relation(3));
        Assert.Equal(-1, tree.Head(1));
        Assert.Equal([0, 3, 5, 6], tree.Children(1));
    }

    [Fact]
    public void RelationsMatchTheirSubtypesButNotOtherRelationsWithTheSamePrefix()
    {
        var (tree, _) = View(ParserTestSentences.All[1]);
        Assert.True(tree.HasRelation(0, "nsubj"));
        Assert.True(tree.HasRelation(0, "nsubj:pass"));
        Assert.False(tree.HasRelation(1, "aux:passive"));
        Assert.False(tree.HasRelation(5, "ob"));
    }
}
