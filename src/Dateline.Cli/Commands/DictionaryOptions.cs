using System.CommandLine;
using Dateline.Knowledge;

namespace Dateline.Cli.Commands;

/// <summary>
/// The dictionary options of <c>dateline analyze</c>: <c>--actors</c>, <c>--agents</c>, <c>--verbs</c>,
/// <c>--discards</c> (TABARI/PETRARCH files, searched before the built-ins), <c>--dictionaries CONFIG</c> and
/// <c>--no-builtin-dictionaries</c>.
/// </summary>
internal sealed class DictionaryOptions
{
    private readonly Option<string[]> _actors = Files("--actors", "Actor dictionary files (TABARI/PETRARCH), searched before the built-in actors.");
    private readonly Option<string[]> _agents = Files("--agents", "Agent dictionary files, searched before the built-in agents.");
    private readonly Option<string[]> _verbs = Files("--verbs", "Verb dictionary files (CAMEO verb patterns) for event coding.");
    private readonly Option<string[]> _discards = Files("--discards", "Discard files.");
    private readonly Option<string?> _config = new("--dictionaries") { Description = "A dictionary configuration file (docs/DICTIONARIES.md): 'actors = FILE' lines and 'builtin = yes|no'." };
    private readonly Option<bool> _noBuiltIns = new("--no-builtin-dictionaries") { Description = "Use only the given dictionary files, not the built-in actors and agents." };

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(_actors);
        command.Options.Add(_agents);
        command.Options.Add(_verbs);
        command.Options.Add(_discards);
        command.Options.Add(_config);
        command.Options.Add(_noBuiltIns);
    }

    /// <summary>The dictionaries the options ask for: the built-ins when none is given.</summary>
    /// <exception cref="CliException">A file cannot be read or has errors (every one is listed as file:line: message).</exception>
    public DictionarySet Load(ParseResult result)
    {
        var sources = new DictionarySources
        {
            Actors = result.GetValue(_actors) ?? [],
            Agents = result.GetValue(_agents) ?? [],
            Verbs = result.GetValue(_verbs) ?? [],
            Discards = result.GetValue(_discards) ?? [],
            IncludeBuiltIns = !result.GetValue(_noBuiltIns),
        };
        if (result.GetValue(_config) is { } config) sources = ReadConfig(config).Plus(sources);
        if (sources.IsEmpty && sources.IncludeBuiltIns) return BuiltInDictionaries.Load();
        var builtIns = sources.IncludeBuiltIns ? BuiltInDictionaries.Load() : DictionarySet.Empty;
        var loaded = DictionarySetLoader.Load(sources, builtIns);
        if (!loaded.IsClean) throw Failure(loaded.Errors);
        return loaded.Dictionary;
    }

    private static DictionarySources ReadConfig(string path)
    {
        Knowledge.Dictionaries.DictionaryResult<DictionarySources> read;
        try
        {
            read = DictionaryConfigReader.ReadFile(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"cannot read '{path}': {ex.Message}");
        }
        if (!read.IsClean) throw Failure(read.Errors);
        return read.Dictionary;
    }

    private static CliException Failure(IReadOnlyList<Knowledge.Dictionaries.DictionaryError> errors) =>
        new($"{errors.Count} dictionary error(s):{Environment.NewLine}{string.Join(Environment.NewLine, errors)}");

    private static Option<string[]> Files(string name, string description) => new(name)
    {
        Description = description,
        AllowMultipleArgumentsPerToken = true,
        Arity = ArgumentArity.OneOrMore,
    };
}
