using Dateline.Documents;
using Dateline.Extraction.Quotes.Evaluation;

namespace Dateline.Tests.Extraction.Quotes.Evaluation;

public class MeantimeDetokenizerTest
{
    /// <summary>Builds space-joined source text with one sentence per group of forms, as MEANTIME's reader does.</summary>
    private static string Join(params string[][] sentences)
    {
        var source = new System.Text.StringBuilder();
        var tokens = new List<Token>();
        var spans = new List<Sentence>();
        foreach (var forms in sentences)
        {
            var first = tokens.Count;
            foreach (var form in forms)
            {
                if (source.Length > 0) source.Append(' ');
                tokens.Add(new Token(source.Length, source.Length + form.Length));
                source.Append(form);
            }
            spans.Add(new Sentence(tokens[first].Start, tokens[^1].End, first, forms.Length));
        }
        return MeantimeDetokenizer.Join(source.ToString(), tokens, spans);
    }

    [Fact]
    public void Title_and_date_line_are_set_apart_and_body_sentences_share_a_line()
    {
        var text = Join(["Plant", "closes"], ["May", "2", ",", "2009"], ["It", "shut", "."], ["Workers", "left", "."]);
        Assert.Equal("Plant closes\n\nMay 2, 2009\n\nIt shut. Workers left.", text);
    }

    [Fact]
    public void Treebank_quotes_become_straight_quotes_hugging_their_words()
    {
        var text = Join(["T"], ["D"], ["``", "We", "wo", "n't", "stop", ",", "''", "she", "said", "."]);
        Assert.EndsWith("\"We won't stop,\" she said.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Straight_double_quotes_open_and_close_in_turn()
    {
        var text = Join(["T"], ["D"], ["a", "\"", "big", "deal", "\"", "(", "US$", "5", ")", "for", "the", "firms", "'", "staff"]);
        Assert.EndsWith("a \"big deal\" (US$5) for the firms' staff", text, StringComparison.Ordinal);
    }
}
