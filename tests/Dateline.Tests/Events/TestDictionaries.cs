using Dateline.Events;
using Dateline.Knowledge.Dictionaries;

namespace Dateline.Tests.Events;

/// <summary>Small dictionaries written for the event-coder tests, in the TABARI/PETRARCH syntax.</summary>
internal static class TestDictionaries
{
    public const string Verbs = """
        &MILITARY
        +TROOPS
        +ARMY

        --- ATTACK [190] ---
        ATTACK
        INVADE [192]
        - * (WITH &MILITARY) [193]

        --- BREAK [---] ---
        BREAK {BROKE BROKEN}
        +BREAK_OFF {+BROKE_OFF +BROKEN_OFF +BREAKS_OFF +BREAKING_OFF} [161]

        --- RESTORE [050] ---
        RESTORE
        - * RELATIONS (WITH +) [051]
        - * (ON RESOLUTION) [057]

        --- MEET [040:040] ---
        MEET {MET MEETS MEETING}
        - % * [043]

        --- THREATEN [130] ---
        THREATEN
        - * SANCTIONS [1312]

        --- SAY [010] ---
        SAY {SAID SAYS SAYING}

        --- WITHDRAW [0874] ---
        WITHDRAW {WITHDREW WITHDRAWN WITHDRAWS WITHDRAWING}

        --- WANT [---] ---
        WANT

        --- CLASH [110] ---
        CLASH
        - NEVER * [111]

        --- RELEASE [---] ---
        RELEASE
        - * + [0841]

        --- DEMAND [100] ---
        DEMAND

        --- LEAVE [012] ---
        LEAVE

        --- LEFT [042] ---
        LEFT
        """;

    public const string Actors = """
        RUSSIA [RUS]
        +RUSSIAN
        UKRAINE [UKR]
        BELARUS [BLR]
        POLAND [POL]
        NATIONAL BANK OF POLAND [POLBNK]
        UNITED STATES [USA]
        NATO [NAT]
        GRYFFINDOR [GRY 20000101-20100101]
        [HUF >20100101]
        """;

    public const string Agents = """
        TROOPS {} [~MIL]
        GOVERNMENT [~GOV]
        SPOKESMAN [~GOV]
        MINISTRY_OF_DEFENCE [~MIL]
        """;

    public const string Discards = """
        FOOTBALL MATCH
        """;

    public static EventDictionaries Create() => new(
        VerbDictionaryReader.Read(Verbs, "verbs.txt").Dictionary,
        ActorDictionaryReader.Read(Actors, "actors.txt").Dictionary,
        AgentDictionaryReader.Read(Agents, "agents.txt").Dictionary,
        DiscardListReader.Read(Discards, "discards.txt").Dictionary);
}
