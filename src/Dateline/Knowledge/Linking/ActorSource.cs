namespace Dateline.Knowledge.Linking;

/// <summary>Where an actor code came from.</summary>
public enum ActorSource
{
    /// <summary>A name in an actor dictionary, with the code valid at the article date.</summary>
    Dictionary,

    /// <summary>The country of a place, a country name or a nationality adjective (the gazetteer).</summary>
    Country,

    /// <summary>A seat of government standing for its government (<c>the Kremlin</c>, <c>Moscow said</c>).</summary>
    Metonymy,

    /// <summary>The words around the name: a title or an apposition (<c>an adviser to ...</c>), or a role noun.</summary>
    Context,
}
