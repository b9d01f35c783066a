using Dateline.Nlp.Parsing;

namespace Dateline.Tests.Nlp.Parsing;

public class ParserWeightTableTest
{
    private const int Bits = 8;

    /// <summary>A feature hash that falls into <paramref name="bucket"/>.</summary>
    private static ulong InBucket(int bucket) => ((ulong)bucket << (64 - Bits)) | 12345;

    [Theory]
    [InlineData(4)] // dense layout
    [InlineData(6)] // sparse layout
    public void ScoresAreTheSumOfTheRowsOfTheFeaturesBuckets(int classes)
    {
        var values = new float[2 * classes];
        values[1] = 0.5f;                  // bucket 7, class 1
        values[classes + 2] = -1.25f;      // bucket 200, class 2
        values[classes + classes - 1] = 2f; // bucket 200, last class
        var table = ParserWeightTable.FromRows(Bits, classes, [7, 200], values);
        var scores = new float[classes];
        table.Score([InBucket(7), InBucket(200), InBucket(200), InBucket(9)], scores);
        var expected = new float[classes];
        expected[1] = 0.5f;
        expected[2] = -2.5f;
        expected[classes - 1] += 4f;
        Assert.Equal(expected, scores);
    }

    [Theory]
    [InlineData(4)]
    [InlineData(51)]
    public void RowsCopyBackAsTheyWereGiven(int classes)
    {
        var values = Enumerable.Range(0, 3 * classes).Select(i => i % 5 == 0 ? i * 0.25f : 0f).ToArray();
        var table = ParserWeightTable.FromRows(Bits, classes, [1, 2, 250], values);
        var row = new float[classes];
        for (var r = 0; r < 3; r++)
        {
            table.CopyRow(r, row);
            Assert.Equal(values.Skip(r * classes).Take(classes), row);
        }
    }

    [Fact]
    public void SparseRowsInNeighbouringAndLastBucketsStayApart()
    {
        const int classes = 6;
        var values = new float[3 * classes];
        values[0] = 1f;                 // bucket 0, class 0
        values[classes + 5] = -2f;      // bucket 1, class 5
        values[2 * classes + 3] = 0.75f; // bucket 255 (the last), class 3
        var table = ParserWeightTable.FromRows(Bits, classes, [0, 1, 255], values);

        var scores = new float[classes];
        table.Score([InBucket(1), InBucket(255), InBucket(2), InBucket(254)], scores);

        Assert.Equal(new[] { 0f, 0f, 0f, 0.75f, 0f, -2f }, scores);
    }
}
