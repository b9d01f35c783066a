using Dateline.Corpora;
using Dateline.Documents;
using Dateline.Text;

namespace Dateline.Tests.Text;

public sealed class TreebankTextBuilderTest
{
    // Two documents; the first has two paragraphs, the second sentence holds the multiword token "don't".
    internal const string Conllu = """
        # newdoc id = d1
        # newpar id = p1
        # text = Rain fell.
        1	Rain	rain	NOUN	NN	_	2	nsubj	_	_
        2	fell	fall	VERB	VBD	_	0	root	_	SpaceAfter=No
        3	.	.	PUNCT	.	_	2	punct	_	_

        # text = We don't mind
        1	We	we	PRON	PRP	_	3	nsubj	_	_
        2-3	don't	_	_	_	_	_	_	_	_
        2	do	do	AUX	VBP	_	4	aux	_	_
        3	n't	not	PART	RB	_	4	advmod	_	_
        4	mind	mind	VERB	VB	_	0	root	_	_

        # newpar id = p2
        # text = Sun came.
        1	Sun	sun	NOUN	NN	_	2	nsubj	_	_
        2	came	come	VERB	VBD	_	0	root	_	SpaceAfter=No
        3	.	.	PUNCT	.	_	2	punct	_	_

        # newdoc id = d2
        # text = Bye.
        1	Bye	bye	INTJ	UH	_	0	root	_	SpaceAfter=No
        2	.	.	PUNCT	.	_	1	punct	_	_

        """;

    private static List<GoldDocument> Build() =>
        [.. TreebankTextBuilder.Build(ConlluReader.Read(new StringReader(Conllu.Replace("\r", "")), "test"))];

    [Fact]
    public void SentencesOfAParagraphAreJoinedWithASpaceAndParagraphsWithABlankLine()
    {
        var documents = Build();

        Assert.Equal(["Rain fell. We don't mind\n\nSun came.", "Bye."], documents.Select(d => d.Text));
    }

    [Fact]
    public void AMultiwordTokenIsOneSurfaceToken()
    {
        var first = Build()[0];

        Assert.Equal(["Rain", "fell", ".", "We", "don't", "mind", "Sun", "came", "."], first.Tokens.Select(t => first.Text[t.Start..t.End]));
    }

    [Fact]
    public void SentenceSpansRunFromTheFirstToTheLastToken()
    {
        var first = Build()[0];

        Assert.Equal([new TextSpan(0, 10), new TextSpan(11, 24), new TextSpan(26, 35)], first.Sentences);
    }
}
