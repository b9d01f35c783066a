using Dateline.Cli.Commands;

namespace Dateline.Cli.Tests.Commands;

public sealed class EvalSegmentCommandTest
{
    [Fact]
    public void SegmentIsASubcommandOfEvalAndOfTrain()
    {
        Assert.Contains(EvalCommand.Create().Subcommands, c => c.Name == "segment");
        Assert.Contains(TrainCommand.Create().Subcommands, c => c.Name == "segmenter");
    }

    [Fact]
    public void AnUnknownSplitIsReportedAsAnErrorExit()
    {
        var folder = Directory.CreateTempSubdirectory().FullName;
        try
        {
            Assert.Equal(2, Program.Main(["eval", "segment", "--data", folder, "--split", "holdout"]));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void AMissingTreebankIsReportedAsAnErrorExit()
    {
        var folder = Directory.CreateTempSubdirectory().FullName;
        try
        {
            Assert.Equal(2, Program.Main(["eval", "segment", "--data", folder]));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
