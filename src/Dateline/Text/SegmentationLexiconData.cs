namespace Dateline.Text;

/// <summary>
/// The word lists of the tokenizer and sentence splitter, written by the project as readable text:
/// one or more entries per line separated by spaces, <c>#</c> starts a comment, <c>[name]</c> opens a
/// section. Abbreviations are written without their final period and are matched case-sensitively.
/// </summary>
internal static class SegmentationLexiconData
{
    /// <summary>The lists, parsed once by <see cref="SegmentationLexicon.Default"/>.</summary>
    public const string Text = """
        [titles]
        # Abbreviations that come before a name: never the end of a sentence.
        Mr Mrs Ms Mx Dr Prof Rev Fr Sra Sgt Cpl Pvt Capt Cmdr Col Gen Lt Maj Adm Brig Cdr Sen Rep Reps
        Gov Pres PS P.S Hon Amb Supt Insp Det Atty Messrs Mme Mlle Msgr Sens Govs Gens St Ste Mt Ft Pt Shri Smt

        [abbreviations]
        # Abbreviations that may also end a sentence: the splitter then looks at the next word.
        Jr Sr Inc Ltd Co Corp Bros Cos Plc plc Assn Dept Univ Inst Govt Intl Natl Mfg Mgr Esq Assoc
        etc vs v cf approx est ca viz al Ave Blvd Rd Hwy Sq Dist Ref misc Misc
        Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
        Mon Tue Tues Wed Thu Thur Thurs Fri Sat
        Ala Ariz Ark Calif Colo Conn Fla Ga Ill Kan Kans Ky Md Mass Mich Minn Neb Nev Okla Ore Tenn Tex Vt Wis Wyo
        yr yrs mos hr hrs mins secs lb lbs oz ft sq pct tel Tel ext Ext dept govt Gov't
        Eng Acad Admin Comm Dir Exec Mgmt Mktg Treas Conf Fax Ph Mob arrv eve

        [before-number]
        # Abbreviations only when a number follows; otherwise an ordinary word and a full stop.
        No no Nos nos Art art Vol vol pp p Fig fig figs Ch ch Sec sec Para para Nr nr Op op Rs Re

        [hyphen-prefixes]
        # Prefixes that UD English-EWT keeps joined to the rest of a hyphenated word (e-mail, non-stop,
        # co-workers, pre-war, re-election). Every other hyphen between letters is its own token
        # (search - engine, well - known), as EWT has it.
        e non co pre re anti post mid multi ex over semi sub neo counter cross micro pro intra inter
        socio psycho mis un arch extra ultra mega bi tri de dis macro mini hyper infra trans

        [sentence-starters]
        # Words that usually open a sentence. After an abbreviation that can end a sentence ('U.S.',
        # 'Inc.'), one of these, capitalized, marks a sentence end; any other capitalized word does not.
        The A An This That These Those There Then It Its He She We They I You His Her Our Their My Your
        But And Or So Yet However Meanwhile Also In On At For If When While After Before As Since Although
        Though Because Still Instead Moreover Furthermore Now Today Yesterday Tomorrow Last Next Some Many
        Most What Who Why How Where Which Both Each Every Not Such Other Another Earlier Later According
        Do Does Did Can Could Would Will Should Please Let Thanks Thank Is Are Was Were Yes No Here

        [greetings]
        # Openers and closings of letters and e-mails: 'Thanks, | Anne', 'Hi Bob, | I spoke with...'.
        Thanks Thank Regards Best Cheers Sincerely Love Yours Respectfully Hello Hi Hey Dear Greetings

        [emoticons]
        # Kept whole, as EWT does.
        :) :-) :( :-( ;) ;-) :D :-D :P :-P :p :-p :/ :-/ :| :o :O (: :'( XD xD ^_^ ^^ =) =( :] :[ <3 ;D
        """;
}
