namespace Dateline.Nlp.Parsing;

/// <summary>One non-zero weight of a sparse row: its class and value, kept together so one memory access reads both.</summary>
internal readonly record struct ParserWeightEntry(int Class, float Weight);
