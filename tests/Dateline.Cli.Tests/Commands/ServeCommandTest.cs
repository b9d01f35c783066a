using Dateline.Cli.Commands;

namespace Dateline.Cli.Tests.Commands;

public sealed class ServeCommandTest
{
    [Fact]
    public void An_empty_key_file_is_refused_naming_the_file_before_the_server_starts()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, "  \n");
            var error = Assert.Throws<CliException>(() => ServeCommand.Create().Parse(["--api-key-file", file, "--store", file + ".db"]).Invoke(new System.CommandLine.InvocationConfiguration { EnableDefaultExceptionHandler = false }));
            Assert.Contains(file, error.Message, StringComparison.Ordinal);
            Assert.Contains("empty", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void A_missing_key_file_is_refused_naming_the_file()
    {
        var file = Path.Combine(Path.GetTempPath(), "dateline-no-such-key-" + Guid.NewGuid().ToString("N"));
        var error = Assert.Throws<CliException>(() => ServeCommand.Create().Parse(["--api-key-file", file]).Invoke(new System.CommandLine.InvocationConfiguration { EnableDefaultExceptionHandler = false }));
        Assert.Contains(file, error.Message, StringComparison.Ordinal);
    }
}
