using Dateline.Events;
using Dateline.Tests.Support;
using Xunit;

namespace Dateline.Tests.Events;

public class EventCoderTest
{
    private static readonly DateOnly Date = new(2022, 2, 15);
    private readonly EventCoder _coder = new(TestDictionaries.Create());

    private static string Triples(IReadOnlyList<CodedEvent> events) =>
        string.Join("; ", events.Select(e => $"{e.Source.Code} {e.Target?.Code} {e.Code}"));

    [Fact]
    public void A_verb_with_subject_and_object_codes_the_verbs_own_code()
    {
        var s = HandParsedSentence.Create(
            "Russia Russia PROPN 2 nsubj", "attacked attack VERB 0 root", "Ukraine Ukraine PROPN 2 obj", ". . PUNCT 2 punct");
        var events = _coder.Code(s, Date);
        Assert.Equal("RUS UKR 190", Triples(events));
        Assert.Equal(1, events[0].Verb);
        Assert.False(events[0].Modality.Negated);
    }

    [Fact]
    public void A_verb_of_the_same_block_with_its_own_code_keeps_it()
    {
        var s = HandParsedSentence.Create("Russia Russia PROPN 2 nsubj", "invaded invade VERB 0 root", "Ukraine Ukraine PROPN 2 obj");
        Assert.Equal("RUS UKR 192", Triples(_coder.Code(s, Date)));
    }

    [Fact]
    public void A_multi_word_verb_is_preferred_to_its_single_word_whose_code_is_null()
    {
        var s = HandParsedSentence.Create(
            "Poland Poland PROPN 2 nsubj", "broke break VERB 0 root", "off off ADP 2 compound:prt", "talks talk NOUN 2 obj",
            "with with ADP 6 case", "Russia Russia PROPN 4 nmod");
        Assert.Equal("POL RUS 161", Triples(_coder.Code(s, Date)));
        var alone = HandParsedSentence.Create("Poland Poland PROPN 2 nsubj", "broke break VERB 0 root", "Russia Russia PROPN 2 obj");
        Assert.Empty(_coder.Code(alone, Date));
    }

    [Fact]
    public void A_pattern_with_a_literal_word_and_a_target_in_a_prepositional_phrase_gives_its_code_and_target()
    {
        var s = HandParsedSentence.Create(
            "Belarus Belarus PROPN 2 nsubj", "restored restore VERB 0 root", "relations relation NOUN 2 obj",
            "with with ADP 5 case", "Poland Poland PROPN 2 obl");
        Assert.Equal("BLR POL 051", Triples(_coder.Code(s, Date)));
    }

    [Fact]
    public void A_prepositional_phrase_pattern_matches_a_noun_of_the_phrase_by_its_lemma()
    {
        var s = HandParsedSentence.Create(
            "Belarus Belarus PROPN 2 nsubj", "restored restore VERB 0 root", "calm calm NOUN 2 obj", "on on ADP 5 case",
            "resolutions resolution NOUN 2 obl", "of of ADP 7 case", "Ukraine Ukraine PROPN 5 nmod");
        Assert.Equal("BLR UKR 057", Triples(_coder.Code(s, Date)));
    }

    [Fact]
    public void A_synset_in_a_pattern_matches_any_of_its_members()
    {
        var s = HandParsedSentence.Create(
            "Russia Russia PROPN 2 nsubj", "attacked attack VERB 0 root", "Ukraine Ukraine PROPN 2 obj",
            "with with ADP 5 case", "troops troops NOUN 2 obl");
        Assert.Equal("RUS UKR 193", Triples(_coder.Code(s, Date)));
    }

    [Fact]
    public void Coordinated_subjects_give_one_event_each()
    {
        var s = HandParsedSentence.Create(
            "Russia Russia PROPN 4 nsubj", "and and CCONJ 3 cc", "Belarus Belarus PROPN 1 conj", "attacked attack VERB 0 root",
            "Ukraine Ukraine PROPN 4 obj");
        Assert.Equal("RUS UKR 190; BLR UKR 190", Triples(_coder.Code(s, Date)));
    }

    [Fact]
    public void A_compound_pattern_codes_the_coordinated_actors_towards_each_other()
    {
        var s = HandParsedSentence.Create(
            "Russia Russia PROPN 4 nsubj", "and and CCONJ 3 cc", "Ukraine Ukraine PROPN 1 conj", "met meet VERB 0 root", ". . PUNCT 4 punct");
        Assert.Equal("RUS UKR 043; UKR RUS 043", Triples(_coder.Code(s, Date)));
    }

    [Fact]
    public void A_code_pair_adds_the_reverse_event()
    {
        var s = HandParsedSentence.Create("Russia Russia PROPN 2 nsubj", "met meet VERB 0 root", "Poland Poland PROPN 2 obj");
        Assert.Equal("RUS POL 040; POL RUS 040", Triples(_coder.Code(s, Date)));
    }

    [Fact]
    public void In_the_passive_the_agent_is_the_source_and_the_subject_the_target()
    {
        var s = HandParsedSentence.Create(
            "Ukraine Ukraine PROPN 3 nsubj:pass", "was be AUX 3 aux:pass", "attacked attack VERB 0 root", "by by ADP 5 case",
            "Russia Russia PROPN 3 obl");
        Assert.Equal("RUS UKR 190", Triples(_coder.Code(s, Date)));
    }

    [Fact]
    public void An_infinitive_takes_the_subject_of_the_verb_it_complements_and_inherits_its_negation()
    {
        var s = HandParsedSentence.Create(
            "Russia Russia PROPN 4 nsubj", "does do AUX 4 aux", "not not PART 4 advmod", "want want VERB 0 root",
            "to to PART 6 mark", "invade invade VERB 4 xcomp", "Ukraine Ukraine PROPN 6 obj");
        var e = Assert.Single(_coder.Code(s, Date));
        Assert.Equal("RUS UKR 192", Triples([e]));
        Assert.True(e.Modality.Negated);
        Assert.True(e.Modality.Future);
    }

    [Fact]
    public void A_conditional_clause_is_hypothetical_and_a_pronoun_in_it_names_the_actor_warned_before()
    {
        // Poland warned Russia and threatened sanctions if it invades Ukraine .
        var s = HandParsedSentence.Create(
            "Poland Poland PROPN 2 nsubj", "warned warn VERB 0 root", "Russia Russia PROPN 2 obj", "and and CCONJ 5 cc",
            "threatened threaten VERB 2 conj", "sanctions sanction NOUN 5 obj", "if if SCONJ 9 mark", "it it PRON 9 nsubj",
            "invades invade VERB 5 advcl", "Ukraine Ukraine PROPN 9 obj", ". . PUNCT 2 punct");
        var events = _coder.Code(s, Date);
        Assert.Equal("POL RUS 1312; RUS UKR 192", Triples(events));
        Assert.False(events[0].Modality.Hypothetical);
        Assert.True(events[1].Modality.Hypothetical);
    }

    [Fact]
    public void A_condition_parsed_as_a_later_conjunct_still_names_the_target_and_its_own_actor()
    {
        // Poland warned Russia and threatened sanctions if it invades Ukraine . (the condition attached as conj of "warned")
        var s = HandParsedSentence.Create(
            "Poland Poland PROPN 2 nsubj", "warned warn VERB 0 root", "Russia Russia PROPN 2 iobj", "and and CCONJ 5 cc",
            "threatened threaten VERB 2 conj", "sanctions sanction NOUN 5 obj", "if if SCONJ 9 mark", "it it PRON 9 nsubj",
            "invades invade VERB 2 conj", "Ukraine Ukraine PROPN 9 obj", ". . PUNCT 2 punct");
        var events = _coder.Code(s, Date);
        Assert.Equal("POL RUS 1312; RUS UKR 192", Triples(events));
        Assert.True(events[1].Modality.Hypothetical);
    }

    [Fact]
    public void Could_makes_an_event_hypothetical_and_will_makes_it_future()
    {
        var could = HandParsedSentence.Create(
            "Russia Russia PROPN 3 nsubj", "could could AUX 3 aux", "attack attack VERB 0 root", "Ukraine Ukraine PROPN 3 obj");
        var will = HandParsedSentence.Create(
            "Russia Russia PROPN 3 nsubj", "will will AUX 3 aux", "attack attack VERB 0 root", "Ukraine Ukraine PROPN 3 obj");
        Assert.True(Assert.Single(_coder.Code(could, Date)).Modality.Hypothetical);
        var future = Assert.Single(_coder.Code(will, Date)).Modality;
        Assert.True(future.Future);
        Assert.False(future.Hypothetical);
    }

    [Fact]
    public void A_sentence_ending_with_a_question_mark_marks_its_events_as_questions()
    {
        var s = HandParsedSentence.Create(
            "Will will AUX 3 aux", "Russia Russia PROPN 3 nsubj", "attack attack VERB 0 root", "Ukraine Ukraine PROPN 3 obj", "? ? PUNCT 3 punct");
        Assert.True(Assert.Single(_coder.Code(s, Date)).Modality.Question);
    }

    [Fact]
    public void A_reported_event_is_attributed_to_the_speaker_and_the_speech_alone_is_not_an_event()
    {
        // The government spokesman said Russia attacked Ukraine .
        var s = HandParsedSentence.Create(
            "The the DET 3 det", "government government NOUN 3 compound", "spokesman spokesman NOUN 4 nsubj", "said say VERB 0 root",
            "Russia Russia PROPN 6 nsubj", "attacked attack VERB 4 ccomp", "Ukraine Ukraine PROPN 6 obj", ". . PUNCT 4 punct");
        var e = Assert.Single(_coder.Code(s, Date));
        Assert.Equal("RUS UKR 190", Triples([e]));
        Assert.Equal(2, e.Speaker);
    }

    [Fact]
    public void A_speaker_beside_the_main_clause_is_found_too()
    {
        // Russia attacked Ukraine , the spokesman said .
        var s = HandParsedSentence.Create(
            "Russia Russia PROPN 2 nsubj", "attacked attack VERB 0 root", "Ukraine Ukraine PROPN 2 obj", ", , PUNCT 2 punct",
            "the the DET 6 det", "spokesman spokesman NOUN 7 nsubj", "said say VERB 2 parataxis", ". . PUNCT 2 punct");
        Assert.Equal(5, Assert.Single(_coder.Code(s, Date)).Speaker);
    }

    [Fact]
    public void A_sentence_holding_a_discard_phrase_is_not_coded()
    {
        var s = HandParsedSentence.Create(
            "Russia Russia PROPN 2 nsubj", "attacked attack VERB 0 root", "Ukraine Ukraine PROPN 2 obj", "in in ADP 7 case",
            "the the DET 7 det", "football football NOUN 7 compound", "match match NOUN 2 obl");
        Assert.Empty(_coder.Code(s, Date));
    }

    [Fact]
    public void An_agent_qualifies_the_actor_of_its_phrase()
    {
        var s = HandParsedSentence.Create(
            "Russian Russian ADJ 2 amod", "troops troops NOUN 3 nsubj", "attacked attack VERB 0 root", "Ukraine Ukraine PROPN 3 obj");
        Assert.Equal("RUSMIL UKR 190", Triples(_coder.Code(s, Date)));
    }

    [Fact]
    public void Dated_actor_codes_follow_the_date()
    {
        var s = HandParsedSentence.Create("Gryffindor Gryffindor PROPN 2 nsubj", "attacked attack VERB 0 root", "Ukraine Ukraine PROPN 2 obj");
        Assert.Equal("GRY UKR 190", Triples(_coder.Code(s, new DateOnly(2005, 1, 1))));
        Assert.Equal("HUF UKR 190", Triples(_coder.Code(s, new DateOnly(2015, 1, 1))));
    }

    [Fact]
    public void A_relative_clause_takes_the_noun_it_modifies_as_its_subject()
    {
        // Belarus , which attacked Ukraine , met Poland .
        var s = HandParsedSentence.Create(
            "Belarus Belarus PROPN 7 nsubj", ", , PUNCT 1 punct", "which which PRON 4 nsubj", "attacked attack VERB 1 acl:relcl",
            "Ukraine Ukraine PROPN 4 obj", ", , PUNCT 1 punct", "met meet VERB 0 root", "Poland Poland PROPN 7 obj", ". . PUNCT 7 punct");
        Assert.Equal("BLR UKR 190; BLR POL 040; POL BLR 040", Triples(_coder.Code(s, Date)));
    }

    [Fact]
    public void A_pronoun_subject_takes_the_named_subject_of_the_previous_sentence()
    {
        var discourse = new Discourse();
        var first = HandParsedSentence.Create("Poland Poland PROPN 2 nsubj", "met meet VERB 0 root", "Ukraine Ukraine PROPN 2 obj");
        var second = HandParsedSentence.Create("They they PRON 2 nsubj", "attacked attack VERB 0 root", "Russia Russia PROPN 2 obj");
        _coder.Code(first, Date, discourse);
        Assert.Equal("POL RUS 190", Triples(_coder.Code(second, Date, discourse)));
        Assert.Empty(_coder.Code(second, Date));
    }

    [Fact]
    public void Without_a_required_target_a_withdrawal_is_coded_with_its_source_alone_and_a_possessive_names_the_owner()
    {
        // Russia said its troops withdrew .
        var s = HandParsedSentence.Create(
            "Russia Russia PROPN 2 nsubj", "said say VERB 0 root", "its its PRON 4 nmod:poss", "troops troops NOUN 5 nsubj",
            "withdrew withdraw VERB 2 ccomp", ". . PUNCT 2 punct");
        Assert.Empty(_coder.Code(s, Date));
        var e = Assert.Single(new EventCoder(TestDictionaries.Create(), requireTarget: false).Code(s, Date));
        Assert.Equal("0874", e.Code);
        Assert.Equal("RUSMIL", e.Source.Code);
        Assert.Null(e.Target);
        Assert.Equal(0, e.Speaker);
    }

    [Fact]
    public void A_comma_list_joined_by_the_list_relation_gives_one_event_per_member()
    {
        var s = HandParsedSentence.Create(
            "Russia Russia PROPN 6 nsubj", ", , PUNCT 3 punct", "Belarus Belarus PROPN 1 list", "and and CCONJ 5 cc",
            "Poland Poland PROPN 3 conj", "attacked attack VERB 0 root", "Ukraine Ukraine PROPN 6 obj");
        Assert.Equal("RUS UKR 190; BLR UKR 190; POL UKR 190", Triples(_coder.Code(s, Date)));
    }

    [Fact]
    public void A_negated_verb_whose_code_has_a_negation_is_recoded_and_not_flagged()
    {
        var s = HandParsedSentence.Create(
            "Poland Poland PROPN 4 nsubj", "did do AUX 4 aux", "not not PART 4 advmod", "clash clash VERB 0 root",
            "with with ADP 6 case", "Russia Russia PROPN 4 obl");
        var e = Assert.Single(_coder.Code(s, Date));
        Assert.Equal("POL RUS 050", $"{e.Source.Code} {e.Target?.Code} {e.Code}");
        Assert.False(e.Modality.Negated);
    }

    [Fact]
    public void A_negation_on_a_governing_verb_or_spelled_by_the_pattern_keeps_the_code()
    {
        var tried = HandParsedSentence.Create(
            "Poland Poland PROPN 4 nsubj", "did do AUX 4 aux", "not not PART 4 advmod", "try try VERB 0 root",
            "to to PART 6 mark", "clash clash VERB 4 xcomp", "with with ADP 8 case", "Russia Russia PROPN 6 obl");
        var e = Assert.Single(_coder.Code(tried, Date));
        Assert.Equal("POL RUS 110", $"{e.Source.Code} {e.Target?.Code} {e.Code}");
        Assert.True(e.Modality.Negated);
        var never = HandParsedSentence.Create(
            "Poland Poland PROPN 3 nsubj", "never never ADV 3 advmod", "clashed clash VERB 0 root", "with with ADP 5 case",
            "Russia Russia PROPN 3 obl");
        Assert.Equal("POL RUS 111", Triples(_coder.Code(never, Date)));
    }

    [Fact]
    public void A_target_slot_binding_a_phrase_that_names_no_actor_does_not_match()
    {
        var footage = HandParsedSentence.Create("Russia Russia PROPN 2 nsubj", "released release VERB 0 root", "footage footage NOUN 2 obj");
        Assert.Empty(new EventCoder(TestDictionaries.Create(), requireTarget: false).Code(footage, Date));
        var troops = HandParsedSentence.Create("Russia Russia PROPN 2 nsubj", "released release VERB 0 root", "troops troops NOUN 2 obj");
        Assert.Equal("RUS ---MIL 0841", Triples(_coder.Code(troops, Date)));
    }

    [Fact]
    public void A_list_continued_after_a_bracketed_short_form_gives_one_target_per_member()
    {
        var s = HandParsedSentence.Create(
            "Russia Russia PROPN 2 nsubj", "demanded demand VERB 0 root", "guarantees guarantee NOUN 2 obj", "from from ADP 7 case",
            "the the DET 7 det", "United United PROPN 7 compound", "States States PROPN 3 nmod", "( ( PUNCT 9 punct",
            "US US PROPN 2 parataxis", ") ) PUNCT 9 punct", "and and CCONJ 12 cc", "NATO NATO PROPN 9 conj");
        Assert.Equal("RUS USA 100; RUS NAT 100", Triples(_coder.Code(s, Date)));
    }

    [Fact]
    public void An_actor_name_runs_on_through_the_of_modifier_of_its_head()
    {
        var s = HandParsedSentence.Create(
            "The the DET 3 det", "National National PROPN 3 compound", "Bank Bank PROPN 6 nsubj", "of of ADP 5 case",
            "Poland Poland PROPN 3 nmod", "threatened threaten VERB 0 root", "Russia Russia PROPN 6 obj");
        Assert.Equal("POLBNK RUS 130", Triples(_coder.Code(s, Date)));
    }

    [Fact]
    public void Countryless_troops_moved_by_a_withdrawal_are_the_sources_own_not_a_target()
    {
        var s = HandParsedSentence.Create("Russia Russia PROPN 2 nsubj", "withdrew withdraw VERB 0 root", "troops troops NOUN 2 obj");
        var e = Assert.Single(new EventCoder(TestDictionaries.Create(), requireTarget: false).Code(s, Date));
        Assert.Equal("RUS  0874", $"{e.Source.Code} {e.Target?.Code} {e.Code}");
    }

    [Fact]
    public void An_agent_name_runs_on_through_the_of_modifier_of_its_head()
    {
        var s = HandParsedSentence.Create(
            "Poland Poland PROPN 3 nmod:poss", "'s 's PART 1 case", "Ministry Ministry PROPN 6 nsubj", "of of ADP 5 case",
            "Defence Defence PROPN 3 nmod", "threatened threaten VERB 0 root", "Russia Russia PROPN 6 obj");
        Assert.Equal("POLMIL RUS 130", Triples(_coder.Code(s, Date)));
    }

    [Fact]
    public void A_word_listed_as_a_verb_of_its_own_is_not_overridden_by_its_lemmas_entry()
    {
        var s = HandParsedSentence.Create("Poland Poland PROPN 2 nsubj", "left leave VERB 0 root", "for for ADP 4 case", "Russia Russia PROPN 2 obl");
        Assert.Equal("POL RUS 042", Triples(_coder.Code(s, Date)));
        var leaves = HandParsedSentence.Create("Poland Poland PROPN 2 nsubj", "leaves leave VERB 0 root", "for for ADP 4 case", "Russia Russia PROPN 2 obl");
        Assert.Equal("POL RUS 012", Triples(_coder.Code(leaves, Date)));
    }

    [Fact]
    public void A_named_apposition_inside_a_list_is_one_of_its_members()
    {
        var s = HandParsedSentence.Create(
            "Russia Russia PROPN 8 nsubj", ", , PUNCT 1 punct", "the the DET 4 det", "Belarus Belarus PROPN 1 appos",
            ", , PUNCT 1 punct", "and and CCONJ 7 cc", "Poland Poland PROPN 1 conj", "threatened threaten VERB 0 root",
            "Ukraine Ukraine PROPN 8 obj");
        Assert.Equal("RUS UKR 130; BLR UKR 130; POL UKR 130", Triples(_coder.Code(s, Date)));
    }
}
