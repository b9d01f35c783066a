namespace Dateline.Extraction.Numbers;

/// <summary>A number word from the lexicon.</summary>
/// <param name="Class">What the word contributes.</param>
/// <param name="Value">Its value: the digit, the scale, or for an ordinal the number it ranks.</param>
/// <param name="Plural">True for plural forms (thirds, quarters, dozens).</param>
/// <param name="Base">For an ordinal, the class of its cardinal (Unit for fifth, Ten for twentieth).</param>
internal readonly record struct NumberWord(WordClass Class, double Value, bool Plural = false, WordClass Base = WordClass.None);
