namespace Dateline.Knowledge.Dictionaries;

/// <summary>A verb block: the <c>--- NAME [code] ---</c> header, its verbs and the patterns they share.</summary>
/// <param name="Name">The header name, e.g. <c>DESPATCH</c>.</param>
/// <param name="Code">The header code, the default for its verbs.</param>
/// <param name="Verbs">The verbs in file order.</param>
/// <param name="Patterns">The patterns in file order.</param>
/// <param name="Line">The header line.</param>
public sealed record VerbBlock(string Name, VerbCode Code, IReadOnlyList<VerbEntry> Verbs, IReadOnlyList<VerbPattern> Patterns, int Line);
