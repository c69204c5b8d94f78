using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Nop.Plugin.Misc.SalesCommission.Benchmarks;

/// <summary>
/// The default configuration plus what the goals are stated in: orders per second, the time for a million
/// orders, and bytes allocated per order. The job comes from the command line (<c>--job short</c>) or is
/// BenchmarkDotNet's default.
/// </summary>
public static class BenchmarkConfig
{
    /// <summary>The configuration every benchmark runs with.</summary>
    public static IConfig Create() => DefaultConfig.Instance
        .AddDiagnoser(MemoryDiagnoser.Default)
        .AddColumn(StatisticColumn.OperationsPerSecond, new MillionOrdersColumn())
        .WithSummaryStyle(SummaryStyle.Default.WithMaxParameterColumnWidth(30));

    /// <summary>
    /// The mean time of one order (one operation: every benchmark sets OperationsPerInvoke to its batch)
    /// times a million: the extrapolated time for 1M orders on one core.
    /// </summary>
    private sealed class MillionOrdersColumn : IColumn
    {
        public string Id => nameof(MillionOrdersColumn);

        public string ColumnName => "Per 1M orders";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Statistics;

        public int PriorityInCategory => 100;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => "Mean time per order × 1,000,000 (extrapolated from the measured batch, one core)";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var nanoseconds = summary[benchmarkCase]?.ResultStatistics?.Mean;
            return nanoseconds is { } mean ? $"{mean * 1_000_000 / 1e9:0.000} s" : "NA";
        }

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }
}
