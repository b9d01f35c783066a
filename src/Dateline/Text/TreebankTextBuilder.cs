using System.Text;
using Dateline.Corpora;
using Dateline.Documents;

namespace Dateline.Text;

/// <summary>
/// Rebuilds the raw text of a UD treebank, one <see cref="GoldDocument"/> per <c>newdoc</c>. Each
/// sentence's text is its <c># text</c> comment (which UD guarantees is the surface forms joined with a
/// space except where MISC says <c>SpaceAfter=No</c>); sentences of one paragraph are joined with one
/// space, and paragraphs (<c>newpar</c>) are separated by a blank line. Gold surface tokens (a multiword
/// token such as <c>don't</c> is one surface token) are located in the sentence text in order.
/// </summary>
internal static class TreebankTextBuilder
{
    /// <summary>Groups the sentences into documents and rebuilds each.</summary>
    /// <exception cref="FormatException">A surface form is not found in its sentence's text (names the sentence).</exception>
    public static IEnumerable<GoldDocument> Build(IEnumerable<ConlluSentence> sentences)
    {
        var text = new StringBuilder();
        var tokens = new List<TextSpan>();
        var spans = new List<TextSpan>();
        foreach (var sentence in sentences)
        {
            if (sentence.NewDocument && spans.Count > 0)
            {
                yield return new GoldDocument(text.ToString(), [.. tokens], [.. spans]);
                text.Clear();
                tokens.Clear();
                spans.Clear();
            }
            if (spans.Count > 0) text.Append(sentence.NewParagraph ? "\n\n" : " ");
            var start = text.Length;
            var sentenceText = sentence.Text.Length > 0 ? sentence.Text : JoinForms(sentence);
            text.Append(sentenceText);
            var before = tokens.Count;
            AddSurfaceTokens(sentence, sentenceText, start, tokens);
            if (tokens.Count > before) spans.Add(new TextSpan(tokens[before].Start, tokens[^1].End));
        }
        if (spans.Count > 0) yield return new GoldDocument(text.ToString(), [.. tokens], [.. spans]);
    }

    /// <summary>The surface forms of a sentence, in order.</summary>
    public static IEnumerable<string> SurfaceForms(ConlluSentence sentence)
    {
        var w = 0;
        var m = 0;
        while (w < sentence.Words.Count)
        {
            while (m < sentence.MultiwordTokens.Count && sentence.MultiwordTokens[m].First < w) m++;
            if (m < sentence.MultiwordTokens.Count && sentence.MultiwordTokens[m].First == w)
            {
                yield return sentence.MultiwordTokens[m].Form;
                w = sentence.MultiwordTokens[m].Last + 1;
                continue;
            }
            yield return sentence.Words[w].Form;
            w++;
        }
    }

    private static void AddSurfaceTokens(ConlluSentence sentence, string sentenceText, int offset, List<TextSpan> tokens)
    {
        var p = 0;
        foreach (var form in SurfaceForms(sentence))
        {
            while (p < sentenceText.Length && char.IsWhiteSpace(sentenceText[p])) p++;
            if (string.CompareOrdinal(sentenceText, p, form, 0, form.Length) != 0)
            {
                throw new FormatException($"E102: sentence '{sentence.Id}': surface form '{form}' not found at offset {p} of its text.");
            }
            tokens.Add(new TextSpan(offset + p, offset + p + form.Length));
            p += form.Length;
        }
    }

    private static string JoinForms(ConlluSentence sentence) => string.Join(' ', SurfaceForms(sentence));
}
