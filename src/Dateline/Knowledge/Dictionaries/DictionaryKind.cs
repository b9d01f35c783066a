namespace Dateline.Knowledge.Dictionaries;

/// <summary>The kinds of TABARI/PETRARCH dictionary files Dateline reads.</summary>
public enum DictionaryKind
{
    /// <summary>Verb dictionary: synsets, verb blocks and patterns (CAMEO.2.0.txt).</summary>
    Verbs,

    /// <summary>Actor dictionary: names, synonyms and dated codes (Phoenix.*.actors.txt).</summary>
    Actors,

    /// <summary>Agent dictionary: roles with <c>~</c> codes (Phoenix.agents.txt).</summary>
    Agents,

    /// <summary>Discard list: sentence- and story-level phrases (Phoenix.discards.txt).</summary>
    Discards,

    /// <summary>Issue coding: phrases with issue codes (Phoenix.IssueCoding.txt).</summary>
    Issues,

    /// <summary>Preposition list, one word a line (Phoenix.prepositions.txt).</summary>
    Prepositions,
}
