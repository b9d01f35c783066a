namespace Dateline.Extraction.Times;

/// <summary>A time expression found in a sentence, before resolution.</summary>
internal readonly record struct FoundTime(int Sentence, int FirstToken, int EndToken, int Start, int End, TimeSpec Spec);
