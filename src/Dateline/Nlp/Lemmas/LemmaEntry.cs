namespace Dateline.Nlp.Lemmas;

/// <summary>The lemma a form takes under one PTB tag.</summary>
/// <param name="Xpos">The PTB tag.</param>
/// <param name="Lemma">The lemma.</param>
internal readonly record struct LemmaEntry(string Xpos, string Lemma);
