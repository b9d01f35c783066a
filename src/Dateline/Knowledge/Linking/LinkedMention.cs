using Dateline.Documents;

namespace Dateline.Knowledge.Linking;

/// <summary>One mention of a linked entity.</summary>
/// <param name="Span">The mention's characters (a possessive <c>'s</c> is not part of it).</param>
/// <param name="Actor">
/// The mention's own actor when it differs from the entity's: a capital as the subject of a speech or action verb
/// (<c>Moscow said</c> → <c>RUSGOV</c>), a nationality adjective on a role noun (<c>Russian troops</c> → <c>RUSMIL</c>).
/// </param>
/// <param name="Recovered">True when the recognizer missed the mention and linking found it by name.</param>
public sealed record LinkedMention(TextSpan Span, ActorLink? Actor, bool Recovered);
