using Dateline.Corpora;
using Dateline.Nlp.Parsing;

namespace Dateline.Tests.Nlp.Parsing;

/// <summary>Hand-written, hand-annotated sentences (our own) for parser tests, and a tiny parser trained on them.</summary>
internal static class ParserTestSentences
{
    private const string Conllu = """
        1	The	the	DET	DT	_	2	det	_	_
        2	committee	committee	NOUN	NN	_	3	nsubj	_	_
        3	approved	approve	VERB	VBD	_	0	root	_	_
        4	the	the	DET	DT	_	6	det	_	_
        5	new	new	ADJ	JJ	_	6	amod	_	_
        6	budget	budget	NOUN	NN	_	3	obj	_	_
        7	on	on	ADP	IN	_	8	case	_	_
        8	Monday	Monday	PROPN	NNP	_	3	obl	_	_
        9	.	.	PUNCT	.	_	3	punct	_	_

        1	Rebels	rebel	NOUN	NNS	_	3	nsubj:pass	_	_
        2	were	be	AUX	VBD	_	3	aux:pass	_	_
        3	attacked	attack	VERB	VBN	_	0	root	_	_
        4	by	by	ADP	IN	_	6	case	_	_
        5	government	government	NOUN	NN	_	6	compound	_	_
        6	troops	troop	NOUN	NNS	_	3	obl:agent	_	_
        7	near	near	ADP	IN	_	9	case	_	_
        8	the	the	DET	DT	_	9	det	_	_
        9	border	border	NOUN	NN	_	3	obl	_	_
        10	.	.	PUNCT	.	_	3	punct	_	_

        1	She	she	PRON	PRP	_	4	nsubj	_	_
        2	did	do	AUX	VBD	_	4	aux	_	_
        3	not	not	PART	RB	_	4	advmod	_	_
        4	say	say	VERB	VB	_	0	root	_	_
        5	that	that	SCONJ	IN	_	9	mark	_	_
        6	the	the	DET	DT	_	7	det	_	_
        7	talks	talk	NOUN	NNS	_	9	nsubj	_	_
        8	had	have	AUX	VBD	_	9	aux	_	_
        9	failed	fail	VERB	VBN	_	4	ccomp	_	_
        10	.	.	PUNCT	.	_	4	punct	_	_

        1	Police	police	NOUN	NNS	_	2	nsubj	_	_
        2	arrested	arrest	VERB	VBD	_	0	root	_	_
        3	and	and	CCONJ	CC	_	4	cc	_	_
        4	charged	charge	VERB	VBD	_	2	conj	_	_
        5	two	two	NUM	CD	_	6	nummod	_	_
        6	men	man	NOUN	NNS	_	2	obj	_	_
        7	who	who	PRON	WP	_	8	nsubj	_	_
        8	fled	flee	VERB	VBD	_	6	acl:relcl	_	_
        9	.	.	PUNCT	.	_	2	punct	_	_

        1	The	the	DET	DT	_	2	det	_	_
        2	minister	minister	NOUN	NN	_	6	nsubj	_	_
        3	is	be	AUX	VBZ	_	6	cop	_	_
        4	a	a	DET	DT	_	6	det	_	_
        5	former	former	ADJ	JJ	_	6	amod	_	_
        6	general	general	NOUN	NN	_	0	root	_	_
        7	.	.	PUNCT	.	_	6	punct	_	_

        1	They	they	PRON	PRP	_	2	nsubj	_	_
        2	gave	give	VERB	VBD	_	0	root	_	_
        3	the	the	DET	DT	_	4	det	_	_
        4	envoy	envoy	NOUN	NN	_	2	iobj	_	_
        5	a	a	DET	DT	_	6	det	_	_
        6	letter	letter	NOUN	NN	_	2	obj	_	_
        7	.	.	PUNCT	.	_	2	punct	_	_

        """;

    /// <summary>The hand-annotated sentences (all projective).</summary>
    public static IReadOnlyList<ConlluSentence> All { get; } =
        ConlluReader.Read(new StringReader(Conllu.Replace("\r", "")), "ParserTestSentences").ToList();

    /// <summary>Settings for a tiny, fast model.</summary>
    public static ParserTrainingOptions TinyOptions { get; } = new()
    {
        Iterations = 15,
        Seed = 7,
        ActionBits = 16,
        LabelBits = 15,
        PruneBelow = 0f,
    };

    /// <summary>A parser trained on <see cref="All"/> only.</summary>
    public static DependencyParser TrainTiny() => ParserTrainer.Train(All, TinyOptions);

    /// <summary>Gold heads over positions 0..n (index 0, the root, unused).</summary>
    public static int[] GoldHeads(ConlluSentence sentence)
    {
        var heads = new int[sentence.Words.Count + 1];
        for (var i = 0; i < sentence.Words.Count; i++) heads[i + 1] = sentence.Words[i].Head;
        return heads;
    }

    /// <summary>Forms, UPOS and XPOS of a sentence.</summary>
    public static (string[] Forms, string[] Upos, string[] Xpos) Inputs(ConlluSentence sentence) =>
        ([.. sentence.Words.Select(w => w.Form)], [.. sentence.Words.Select(w => w.Upos)], [.. sentence.Words.Select(w => w.Xpos)]);
}
