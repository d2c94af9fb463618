using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace ThiDua.Rules.Benchmarks.Config;

/// <summary>
/// The mean of a benchmark divided by the mean of the reference marked with <typeparamref name="TReference"/> in the
/// same class, category, job and parameters. BenchmarkDotNet's own Ratio column supports one baseline; we compare
/// with up to three references in the same run.
/// </summary>
internal sealed class ReferenceRatioColumn<TReference> : IColumn
    where TReference : Attribute
{
    public ReferenceRatioColumn(string columnName, string legend)
    {
        ColumnName = columnName;
        Legend = legend;
    }

    public string Id => nameof(ReferenceRatioColumn<TReference>) + "." + typeof(TReference).Name;

    public string ColumnName { get; }

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => typeof(TReference) == typeof(DirectReferenceAttribute) ? 0 : typeof(TReference) == typeof(PlainNRulesReferenceAttribute) ? 1 : 2;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend { get; }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var reference = summary.BenchmarksCases.FirstOrDefault(candidate =>
            candidate.Descriptor.Type == benchmarkCase.Descriptor.Type
            && candidate.Descriptor.Categories.SequenceEqual(benchmarkCase.Descriptor.Categories)
            && candidate.Job.DisplayInfo == benchmarkCase.Job.DisplayInfo
            && candidate.Parameters.DisplayInfo == benchmarkCase.Parameters.DisplayInfo
            && candidate.Descriptor.WorkloadMethod.IsDefined(typeof(TReference), inherit: false));
        var mine = summary[benchmarkCase]?.ResultStatistics;
        var theirs = reference == null ? null : summary[reference]?.ResultStatistics;
        if (mine == null || theirs == null || theirs.Mean <= 0)
        {
            return "-";
        }

        return (mine.Mean / theirs.Mean).ToString("0.00", CultureInfo.InvariantCulture);
    }

    public override string ToString() => ColumnName;
}
