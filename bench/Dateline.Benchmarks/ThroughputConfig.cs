using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Dateline.Benchmarks;

/// <summary>
/// A short in-process job (no separate build, which can time out on a loaded machine: 1 launch, 3 warm-up and
/// 15 measured iterations) and a <c>MB/s</c> column: corpus bytes divided by the median time of one operation.
/// </summary>
public sealed class ThroughputConfig : ManualConfig
{
    /// <summary>Creates the config.</summary>
    public ThroughputConfig()
    {
        AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(15)
            .WithToolchain(InProcessEmitToolchain.Instance).WithId("ShortInProcess"));
        AddColumn(new MegabytesPerSecondColumn());
    }

    private sealed class MegabytesPerSecondColumn : IColumn
    {
        private readonly Lazy<long> _bytes = new(() => SegmentationCorpus.TotalBytes(SegmentationCorpus.Load().Documents));

        public string Id => "MBps";
        public string ColumnName => "MB/s (median)";
        public bool AlwaysShow => true;
        public ColumnCategory Category => ColumnCategory.Custom;
        public int PriorityInCategory => 0;
        public bool IsNumeric => true;
        public UnitType UnitType => UnitType.Dimensionless;
        public string Legend => "Megabytes (10^6 bytes) of UTF-8 input per second, from the median time";

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        public bool IsAvailable(Summary summary) => true;

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var median = summary[benchmarkCase]?.ResultStatistics?.Median;
            return median is > 0 ? (_bytes.Value / 1e6 / (median.Value / 1e9)).ToString("F1", System.Globalization.CultureInfo.InvariantCulture) : "-";
        }
    }
}
