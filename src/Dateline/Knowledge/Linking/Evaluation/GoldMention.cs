namespace Dateline.Knowledge.Linking.Evaluation;

/// <summary>An entity mention of MEANTIME: its tokens (end exclusive), its entity (null when unlinked), type and whether it is a name.</summary>
/// <param name="FirstToken">First token.</param>
/// <param name="EndToken">Token after the last.</param>
/// <param name="Entity">The <c>m_id</c> of the ENTITY it refers to, or null.</param>
/// <param name="Type">The entity type (<c>PER</c>, <c>ORG</c>, <c>LOC</c>, <c>PRO</c>, <c>FIN</c>, <c>MIX</c>), or null.</param>
/// <param name="Named">True for a name (<c>NAM</c>, or <c>PRE.NAM</c> for a name modifying a noun).</param>
internal sealed record GoldMention(int FirstToken, int EndToken, string? Entity, string? Type, bool Named)
{
    /// <summary>True for names of people, organizations and places: the mentions the recognizer should find.</summary>
    public bool IsScored => Named && Type is (null or "PER" or "ORG" or "LOC");

    /// <summary>True when this mention's tokens contain <paramref name="other"/>'s.</summary>
    public bool Contains(GoldMention other) => FirstToken <= other.FirstToken && other.EndToken <= EndToken && this != other;
}
