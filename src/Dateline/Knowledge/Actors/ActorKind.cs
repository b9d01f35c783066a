namespace Dateline.Knowledge.Actors;

/// <summary>What an <see cref="ActorRecord"/> names.</summary>
public enum ActorKind
{
    /// <summary>A sovereign or widely recognized state (Ukraine, Kosovo, Palestine).</summary>
    Country,

    /// <summary>A dependency or special territory (Puerto Rico, Greenland, Hong Kong).</summary>
    Territory,

    /// <summary>An intergovernmental organization (NATO, the UN and its agencies, the EU).</summary>
    Igo,

    /// <summary>A non-state armed group (Hamas, Hezbollah, the Taliban, the Wagner Group).</summary>
    ArmedGroup,

    /// <summary>A news agency or outlet (AFP, Reuters, TASS).</summary>
    Media,

    /// <summary>A person holding or having held an office (heads of state and government, ministers).</summary>
    Person,

    /// <summary>A place or building standing for an institution (the Kremlin, Downing Street, Moscow for the Russian government).</summary>
    Metonym,

    /// <summary>Anything else, e.g. an entry imported from a TABARI file whose kind cannot be told from its codes.</summary>
    Other,
}
