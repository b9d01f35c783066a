using Dateline.Documents;

namespace Dateline.Nlp.Parsing;

/// <summary>
/// A trained transition-based (arc-eager, greedy) labeled dependency parser producing Universal
/// Dependencies trees. Immutable and safe to share between threads. Train one with
/// <see cref="ParserTrainer"/>; store it with <see cref="Save"/> and <see cref="Load"/>.
/// </summary>
public sealed class DependencyParser
{
    private readonly string[] _labels;

    internal DependencyParser(string[] labels, ParserWeightTable actions, ParserWeightTable labelWeights)
    {
        _labels = labels;
        Actions = actions;
        LabelWeights = labelWeights;
        RootLabel = Array.IndexOf(labels, "root");
        if (RootLabel < 0)
        {
            throw new ArgumentException("E303: the parser's label set has no 'root' label.", nameof(labels));
        }
    }

    /// <summary>The relations the parser can assign, in id order.</summary>
    public IReadOnlyList<string> Labels => _labels;

    internal ParserWeightTable Actions { get; }

    internal ParserWeightTable LabelWeights { get; }

    internal int RootLabel { get; }

    /// <summary>Parses one sentence from its word forms and tags (all three lists aligned).</summary>
    /// <exception cref="ArgumentException">The lists differ in length.</exception>
    public SentenceParse Parse(IReadOnlyList<string> forms, IReadOnlyList<string> upos, IReadOnlyList<string> xpos)
    {
        ArgumentNullException.ThrowIfNull(forms);
        ArgumentNullException.ThrowIfNull(upos);
        ArgumentNullException.ThrowIfNull(xpos);
        if (forms.Count != upos.Count || forms.Count != xpos.Count)
        {
            throw new ArgumentException($"E304: {forms.Count} forms but {upos.Count} UPOS and {xpos.Count} XPOS tags.", nameof(forms));
        }
        var heads = new int[forms.Count];
        var relations = new string[forms.Count];
        Parse(ParserTokenCodes.From(forms, upos, xpos), CreateWorkspace(), heads, relations);
        return new SentenceParse(heads, relations);
    }

    /// <summary>Parses every sentence of a document (tokens and tags must be set) without changing it.</summary>
    public DependencyTree Predict(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var tokens = document.Get(Layers.Tokens);
        var tags = document.Get(Layers.Tags);
        var heads = new int[tokens.Count];
        var relations = new string[tokens.Count];
        Array.Fill(heads, -1);
        Array.Fill(relations, "root");
        var work = CreateWorkspace();
        foreach (var sentence in document.Get(Layers.Sentences))
        {
            var codes = new ParserTokenCodes(sentence.TokenCount);
            for (var i = 0; i < sentence.TokenCount; i++)
            {
                var t = sentence.FirstToken + i;
                var token = tokens[t];
                var form = token.Form != null ? token.Form.AsSpan() : document.Slice(token.Span);
                codes.Set(i, form, tags.Upos[t], tags.Xpos[t]);
            }
            var start = sentence.FirstToken;
            Parse(codes, work, heads.AsSpan(start, sentence.TokenCount), relations.AsSpan(start, sentence.TokenCount));
            for (var i = start; i < sentence.EndToken; i++)
            {
                if (heads[i] >= 0) heads[i] += start;
            }
        }
        return new DependencyTree(heads, relations);
    }

    /// <summary>Writes the model in its compact binary format.</summary>
    public void Save(Stream stream) => ParserModelFormat.Write(this, stream);

    /// <summary>Reads a model written by <see cref="Save"/>.</summary>
    /// <exception cref="InvalidDataException">The stream is not a parser model of a supported version.</exception>
    public static DependencyParser Load(Stream stream) => ParserModelFormat.Read(stream);

    internal ParserWorkspace CreateWorkspace() => new(_labels.Length);

    /// <summary>Parses into sentence-relative heads (-1 for root words) and relation names.</summary>
    internal void Parse(ParserTokenCodes codes, ParserWorkspace work, Span<int> heads, Span<string> relations)
    {
        ParserDecoder.Run(Actions, LabelWeights, RootLabel, codes, work);
        var state = work.State;
        for (var i = 1; i <= codes.Length; i++)
        {
            heads[i - 1] = state.Heads[i] - 1;
            relations[i - 1] = _labels[state.Labels[i]];
        }
    }
}
