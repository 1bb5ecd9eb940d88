using VixShield.Live.Domain.MarketData;

namespace VixShield.Live.Adapters.Replay.Parsing;

/// <summary>The quotes read from one tick file, in file order, with every row that was skipped.</summary>
public sealed class TickSeries
{
    public TickSeries(string filePath, IReadOnlyList<Quote> quotes, int dataRowCount, IReadOnlyList<ReplayRowProblem> problems)
    {
        FilePath = filePath;
        Quotes = quotes;
        DataRowCount = dataRowCount;
        Problems = problems;
    }

    public string FilePath { get; }

    /// <summary>Quotes in non-decreasing event time; <see cref="Quote.ReceivedTime"/> equals the event time.</summary>
    public IReadOnlyList<Quote> Quotes { get; }

    /// <summary>Data lines in the file (header and blank lines excluded): <c>Quotes.Count + Problems.Count</c>.</summary>
    public int DataRowCount { get; }

    /// <summary>Rows left out under <see cref="BadRowPolicy.Skip"/>.</summary>
    public IReadOnlyList<ReplayRowProblem> Problems { get; }
}
