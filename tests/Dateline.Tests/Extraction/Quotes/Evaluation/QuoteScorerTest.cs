using Dateline.Documents;
using Dateline.Extraction.Quotes.Evaluation;

namespace Dateline.Tests.Extraction.Quotes.Evaluation;

public class QuoteScorerTest
{
    private const string Text = "\"The bridge will open in May,\" the mayor said. She added that the tolls would be low.";

    private static TextSpan Find(string piece, int from = 0)
    {
        var start = Text.IndexOf(piece, from, StringComparison.Ordinal);
        Assert.True(start >= 0, piece);
        return new TextSpan(start, start + piece.Length);
    }

    private static QuoteLabel Gold(string kind, string content, string speaker, string cue) =>
        new(kind, Find(content), Find(speaker), Find(cue), []);

    private static PredictedQuote Predicted(string kind, string content, string? speaker, string? cue, params TextSpan[] mentions) =>
        new(kind, Find(content), speaker == null ? null : Find(speaker), mentions, cue == null ? null : Find(cue), []);

    private static readonly QuoteLabel[] GoldQuotes =
    [
        Gold("direct", "The bridge will open in May,", "the mayor", "said"),
        Gold("indirect", "the tolls would be low", "the mayor", "added"),
    ];

    [Fact]
    public void A_perfect_prediction_scores_one_everywhere()
    {
        var predicted = new[]
        {
            Predicted("direct", "The bridge will open in May,", "the mayor", "said"),
            Predicted("indirect", "the tolls would be low", "the mayor", "added"),
        };
        var s = QuoteScorer.Score(Text, GoldQuotes, predicted);
        Assert.Equal(1.0, s.ContentExact.F1);
        Assert.Equal(1.0, s.SpeakerExact.F1);
        Assert.Equal(1.0, s.CueExact.F1);
        Assert.Equal(1.0, s.SpeakerAccuracy);
        Assert.Equal(1.0, s.DirectRecall);
        Assert.Equal(2, s.KindAgreed);
    }

    [Fact]
    public void A_comma_left_outside_the_content_still_matches_exactly()
    {
        var predicted = new[] { Predicted("direct", "The bridge will open in May", "the mayor", "said") };
        var s = QuoteScorer.Score(Text, GoldQuotes, predicted);
        Assert.Equal(1, s.ContentExact.GoldFound);
        Assert.Equal(0.5, s.ContentExact.Recall);
        Assert.Equal(1.0, s.ContentExact.Precision);
    }

    [Fact]
    public void A_clause_that_keeps_its_complementiser_matches_by_overlap_only()
    {
        var predicted = new[] { Predicted("indirect", "that the tolls would be low", "She", "added") };
        var s = QuoteScorer.Score(Text, GoldQuotes, predicted);
        Assert.Equal(0, s.ContentExact.GoldFound);
        Assert.Equal(1, s.ContentOverlap.GoldFound);
        Assert.Equal(1.0, s.ByKind["indirect"].Recall);
        Assert.Equal(0.0, s.ByKind["direct"].Recall);
    }

    [Fact]
    public void A_pronoun_speaker_counts_when_its_entity_has_the_labelled_mention()
    {
        var resolved = Predicted("indirect", "the tolls would be low", "She", "added", Find("the mayor"));
        var unresolved = Predicted("indirect", "the tolls would be low", "She", "added");
        Assert.Equal(1, QuoteScorer.Score(Text, GoldQuotes, [resolved]).SpeakerRight);
        Assert.Equal(0, QuoteScorer.Score(Text, GoldQuotes, [unresolved]).SpeakerRight);
        Assert.Equal(1, QuoteScorer.Score(Text, GoldQuotes, [unresolved]).SpeakerJudged);
    }

    [Fact]
    public void Unpaired_quotes_are_reported_as_missed_and_spurious()
    {
        var predicted = new[] { Predicted("direct", "She added", null, null) };
        var mismatches = new List<QuoteMismatch>();
        var s = QuoteScorer.Score(Text, GoldQuotes, predicted, mismatches);
        Assert.Equal(0, s.ContentOverlap.GoldFound);
        Assert.Equal(0.0, s.DirectRecall);
        Assert.Equal(2, mismatches.Count(m => m.Category == "missed"));
        Assert.Single(mismatches, m => m.Category == "spurious");
    }

    [Fact]
    public void Each_gold_quote_pairs_with_at_most_one_prediction_the_largest_overlap_first()
    {
        var predicted = new[]
        {
            Predicted("direct", "The bridge", "the mayor", "said"),
            Predicted("direct", "The bridge will open in May,", "the mayor", "said"),
        };
        var pairs = QuoteScorer.Pair(GoldQuotes, predicted);
        Assert.Equal([(0, 1)], pairs);
        var s = QuoteScorer.Score(Text, GoldQuotes, predicted);
        Assert.Equal(0.5, s.ContentOverlap.Precision);
    }

    [Fact]
    public void A_wrong_cue_on_a_found_quote_lowers_cue_figures_but_not_content()
    {
        var predicted = new[] { Predicted("direct", "The bridge will open in May,", "the mayor", "added") };
        var mismatches = new List<QuoteMismatch>();
        var s = QuoteScorer.Score(Text, GoldQuotes, predicted, mismatches);
        Assert.Equal(1, s.ContentOverlap.GoldFound);
        Assert.Equal(0, s.CueOverlap.GoldFound);
        Assert.Contains(mismatches, m => m.Category == "cue");
    }

    [Fact]
    public void Scores_of_two_articles_add_up()
    {
        var one = QuoteScorer.Score(Text, GoldQuotes, [Predicted("direct", "The bridge will open in May,", "the mayor", "said")]);
        var sum = one + one;
        Assert.Equal(2, sum.Documents);
        Assert.Equal(4, sum.ContentOverlap.Gold);
        Assert.Equal(2, sum.ContentOverlap.GoldFound);
        Assert.Equal(2, sum.ByKind["direct"].GoldFound);
        Assert.Equal(2, sum.ByKind["indirect"].Gold);
    }

    [Fact]
    public void Another_mention_with_the_same_name_counts_as_the_speaker()
    {
        const string text = "Ann Lee spoke first. \"Rates will fall,\" Lee said. Later Lee left.";
        var content = new TextSpan(22, 38);
        var cue = new TextSpan(44, 48);
        QuoteLabel[] gold = [new("direct", content, new TextSpan(40, 43), cue, [])];
        Assert.Equal("Lee", text[40..43]);
        PredictedQuote WithSpeaker(int start, int end) => new("direct", content, new TextSpan(start, end), [], cue, []);

        var laterLee = QuoteScorer.Score(text, gold, [WithSpeaker(56, 59)]);
        var fullName = QuoteScorer.Score(text, gold, [WithSpeaker(0, 7)]);
        var otherWord = QuoteScorer.Score(text, gold, [WithSpeaker(50, 55)]);

        Assert.Equal((1, 1), (laterLee.SpeakerExact.GoldFound, laterLee.SpeakerRight));
        Assert.Equal((0, 1), (fullName.SpeakerExact.GoldFound, fullName.SpeakerRight));
        Assert.Equal((0, 0), (otherWord.SpeakerExact.GoldFound, otherWord.SpeakerRight));
    }

    [Fact]
    public void Via_outlets_count_on_paired_quotes_only()
    {
        const string text = "\"Talks failed,\" an aide told Reuters and AFP.";
        var content = new TextSpan(1, 14);
        QuoteLabel[] gold = [new("direct", content, new TextSpan(16, 23), new TextSpan(24, 28), [new TextSpan(29, 36), new TextSpan(41, 44)])];
        var oneOutlet = new PredictedQuote("direct", content, new TextSpan(16, 23), [], new TextSpan(24, 28), [new TextSpan(29, 36)]);
        var s = QuoteScorer.Score(text, gold, [oneOutlet]);
        Assert.Equal(("Reuters", "AFP"), (text[29..36], text[41..44]));
        Assert.Equal((2, 1, 1, 1), (s.ViaOverlap.Gold, s.ViaOverlap.Predicted, s.ViaOverlap.GoldFound, s.ViaOverlap.PredictedFound));
        var elsewhere = oneOutlet with { Content = new TextSpan(37, 44) };
        Assert.Equal(0, QuoteScorer.Score(text, gold, [elsewhere]).ViaOverlap.GoldFound);
    }

    [Theory]
    [InlineData("Valeska Paris", "Paris", true)]
    [InlineData("Parisian officials", "Paris", false)]
    [InlineData("the Church", "church", true)]
    [InlineData("Lee", "", false)]
    public void Whole_words_are_found_inside_a_longer_name(string outer, string inner, bool expected) =>
        Assert.Equal(expected, QuoteScorer.HoldsWords(outer, inner));
}
