using Dateline.Analysis;

namespace Dateline.Tests.Analysis;

public class OrderedParallelTest
{
    [Fact]
    public void ResultsComeBackInInputOrderEvenWhenLaterItemsFinishFirst()
    {
        var input = Enumerable.Range(0, 40).ToList();
        // Early items sleep longest, so they finish last.
        var output = OrderedParallel.Map(input, i => { Thread.Sleep(40 - i); return i * 2; }, 4).ToList();
        Assert.Equal(input.Select(i => i * 2), output);
    }

    [Fact]
    public void NoMoreThanTheDegreeOfParallelismRunAtOnce()
    {
        var running = 0;
        var peak = 0;
        var gate = new object();
        _ = OrderedParallel.Map(Enumerable.Range(0, 30), i =>
        {
            lock (gate) { running++; peak = Math.Max(peak, running); }
            Thread.Sleep(5);
            lock (gate) running--;
            return i;
        }, 3).ToList();
        Assert.InRange(peak, 1, 3);
    }

    [Fact]
    public void AnExceptionInOneItemSurfacesWhenItsTurnComes()
    {
        var results = new List<int>();
        var ex = Assert.Throws<InvalidOperationException>(() =>
        {
            foreach (var r in OrderedParallel.Map(Enumerable.Range(0, 10), i => i == 5 ? throw new InvalidOperationException("five") : i, 2))
            {
                results.Add(r);
            }
        });
        Assert.Equal("five", ex.Message);
        Assert.Equal([0, 1, 2, 3, 4], results);
    }
}
