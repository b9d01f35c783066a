using Dateline.Text;

namespace Dateline.Tests.Text;

public sealed class BoundaryModelTest
{
    [Fact]
    public void AModelReadsBackAsWritten()
    {
        var weights = new float[16];
        weights[3] = 1.5f;
        weights[7] = -2f;
        using var stream = new MemoryStream();
        new BoundaryModel(weights, 0.25f).Write(stream);
        stream.Position = 0;

        var read = BoundaryModel.Read(stream, "test.bin");

        Assert.Equal(16, read.Size);
        Assert.Equal(0.25f, read.Threshold);
        Assert.Equal(-0.5f, read.Score([3, 7]));
    }

    [Fact]
    public void AFileWithoutTheMagicIsRejectedWithItsName()
    {
        using var stream = new MemoryStream("NOTAMODEL-AT-ALL"u8.ToArray());

        var ex = Assert.Throws<InvalidDataException>(() => BoundaryModel.Read(stream, "wrong.bin"));

        Assert.Contains("E111", ex.Message);
        Assert.Contains("wrong.bin", ex.Message);
    }

    [Fact]
    public void TrainingIsDeterministicForASeed()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, TreebankTextBuilderTest.Conllu.Replace("\r", ""));
            using var first = new MemoryStream();
            using var second = new MemoryStream();

            SegmenterTrainer.Train(path, first, seed: 3);
            SegmenterTrainer.Train(path, second, seed: 3);

            Assert.Equal(first.ToArray(), second.ToArray());
        }
        finally
        {
            File.Delete(path);
        }
    }
}
