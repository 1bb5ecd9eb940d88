using VixShield.Live.Domain.Instruments;
using VixShield.Live.Domain.MarketData;

namespace VixShield.Live.Adapters.Replay.Parsing;

/// <summary>The bars read from one file, oldest first, with every row that was skipped or corrected.</summary>
public sealed class BarSeries
{
    public BarSeries(
        string filePath,
        BarFileFormat format,
        MarketSymbol symbol,
        BarPeriod period,
        IReadOnlyList<Bar> bars,
        int dataRowCount,
        IReadOnlyList<ReplayRowProblem> problems,
        IReadOnlyList<BarRepair> repairs)
    {
        FilePath = filePath;
        Format = format;
        Symbol = symbol;
        Period = period;
        Bars = bars;
        DataRowCount = dataRowCount;
        Problems = problems;
        Repairs = repairs;
    }

    public string FilePath { get; }

    /// <summary>The layout actually read (never <see cref="BarFileFormat.Auto"/>).</summary>
    public BarFileFormat Format { get; }

    public MarketSymbol Symbol { get; }

    public BarPeriod Period { get; }

    /// <summary>Bars in ascending time, whatever the file's own order.</summary>
    public IReadOnlyList<Bar> Bars { get; }

    /// <summary>Data lines in the file (header and blank lines excluded): <c>Bars.Count + Problems.Count</c> for rows.</summary>
    public int DataRowCount { get; }

    /// <summary>Rows left out under <see cref="BadRowPolicy.Skip"/>; empty under <see cref="BadRowPolicy.Stop"/>.</summary>
    public IReadOnlyList<ReplayRowProblem> Problems { get; }

    /// <summary>Rows loaded after a documented correction (<see cref="BarRepairKind"/>).</summary>
    public IReadOnlyList<BarRepair> Repairs { get; }
}
