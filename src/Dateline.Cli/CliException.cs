namespace Dateline.Cli;

/// <summary>A fatal user-facing error: the CLI prints its message and exits non-zero.</summary>
internal sealed class CliException(string message) : Exception(message);
