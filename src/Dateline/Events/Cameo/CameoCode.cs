namespace Dateline.Events.Cameo;

/// <summary>
/// One CAMEO event code with what the tables say about it: its label, its two-digit root, its quad class
/// (1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict) and its Goldstein
/// conflict–cooperation weight (−10 to +10).
/// </summary>
/// <param name="Code">The code as written, 2 to 4 digits (<c>13</c>, <c>131</c>, <c>1312</c>).</param>
/// <param name="Label">A short description (Dateline's own wording of the CAMEO codebook's meaning).</param>
/// <param name="Root">The first two digits: the root category <c>01</c> to <c>20</c>.</param>
/// <param name="QuadClass">1 to 4, from the root.</param>
/// <param name="Goldstein">The Goldstein weight of the code.</param>
public sealed record CameoCode(string Code, string Label, string Root, int QuadClass, double Goldstein);
