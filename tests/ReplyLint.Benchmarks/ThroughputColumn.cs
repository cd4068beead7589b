using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace ReplyLint.Benchmarks;

/// <summary>Adds Min and Median, and the Files/s and MB/s columns for the benchmarks whose operation is one corpus
/// template. On a shared machine other work inflates some iterations: the median and the minimum say more than the mean.</summary>
public sealed class ThroughputConfig : ManualConfig
{
    public ThroughputConfig() => AddColumn(
        StatisticColumn.Min,
        StatisticColumn.Median,
        ThroughputColumn.FilesPerSecond,
        ThroughputColumn.MegabytesPerSecond);
}

/// <summary>Throughput derived from the median time per template: files per second, and megabytes (10^6 bytes of
/// UTF-8 source) per second from the corpus's mean template size.</summary>
public sealed class ThroughputColumn : IColumn
{
    public static readonly ThroughputColumn FilesPerSecond = new(megabytes: false);
    public static readonly ThroughputColumn MegabytesPerSecond = new(megabytes: true);

    private readonly bool _megabytes;

    private ThroughputColumn(bool megabytes) => _megabytes = megabytes;

    public string Id => nameof(ThroughputColumn) + "." + ColumnName;

    public string ColumnName => _megabytes ? "MB/s" : "Files/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => _megabytes ? 1 : 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => _megabytes
        ? "Megabytes (10^6 bytes) of template source per second, from the median; one thread unless Jobs says otherwise"
        : "Templates per second, from the median time per template; one thread unless Jobs says otherwise";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(benchmarkCase);
        if (benchmarkCase.Descriptor.OperationsPerInvoke != BenchmarkCorpus.FileCount)
        {
            return "-";
        }

        // ResultStatistics are per operation, that is per template, in nanoseconds.
        if (summary[benchmarkCase]?.ResultStatistics?.Median is not double nanosecondsPerFile || nanosecondsPerFile <= 0)
        {
            return "NA";
        }

        var filesPerSecond = 1e9 / nanosecondsPerFile;
        return _megabytes
            ? (filesPerSecond * BenchmarkCorpus.Stats.MeanBytes / 1e6).ToString("0.0", CultureInfo.InvariantCulture)
            : filesPerSecond.ToString("N0", CultureInfo.InvariantCulture);
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public override string ToString() => ColumnName;
}
