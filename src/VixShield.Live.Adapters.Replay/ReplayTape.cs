using NodaTime;
using VixShield.Live.Adapters.Replay.Parsing;
using VixShield.Live.Domain.Calendar;

namespace VixShield.Live.Adapters.Replay;

/// <summary>The replay files, read and checked, ready to be played by <see cref="ReplayMarketDataFeed"/>.</summary>
/// <remarks>Loading is separate from playing so the host can read the data first (bad files fail at start) and start the
/// market clock at <see cref="FirstEventTime"/>.</remarks>
public sealed class ReplayTape
{
    private readonly IReadOnlyList<object> filesInSourceOrder;

    private ReplayTape(ReplayFeedOptions options, ITradingCalendar calendar, IReadOnlyList<object> filesInSourceOrder, Instant? firstEventTime)
    {
        Options = options;
        Calendar = calendar;
        this.filesInSourceOrder = filesInSourceOrder;
        var barFiles = filesInSourceOrder.OfType<BarSeries>().ToArray();
        var tickFiles = filesInSourceOrder.OfType<TickSeries>().ToArray();
        BarFiles = barFiles;
        TickFiles = tickFiles;
        FirstEventTime = firstEventTime;
        Problems = [.. barFiles.SelectMany(file => file.Problems), .. tickFiles.SelectMany(file => file.Problems)];
        RepairCount = barFiles.Sum(file => file.Repairs.Count);
        DataRowCount = barFiles.Sum(file => file.DataRowCount) + tickFiles.Sum(file => file.DataRowCount);
    }

    public ReplayFeedOptions Options { get; }

    public ITradingCalendar Calendar { get; }

    /// <summary>The bar files, in the order of <see cref="ReplayFeedOptions.Sources"/> (tick files omitted).</summary>
    public IReadOnlyList<BarSeries> BarFiles { get; }

    /// <summary>The tick files, in the order of <see cref="ReplayFeedOptions.Sources"/> (bar files omitted).</summary>
    public IReadOnlyList<TickSeries> TickFiles { get; }

    /// <summary>Every row skipped under <see cref="BadRowPolicy.Skip"/>, across all files.</summary>
    public IReadOnlyList<ReplayRowProblem> Problems { get; }

    /// <summary>Rows loaded after a documented correction, across all bar files.</summary>
    public int RepairCount { get; }

    /// <summary>Data rows read across all files.</summary>
    public int DataRowCount { get; }

    /// <summary>The time of the first quote the feed will play (at or after <see cref="ReplayFeedOptions.Start"/>), or
    /// null when nothing falls in range; start the market clock at or before it.</summary>
    public Instant? FirstEventTime { get; }

    /// <summary>Reads and checks every source.</summary>
    /// <exception cref="ReplayDataException">A file cannot be read, or a row is bad under <see cref="BadRowPolicy.Stop"/>.</exception>
    public static ReplayTape Load(ReplayFeedOptions options, ITradingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(calendar);
        if (options.Sources.Count == 0)
        {
            throw new ArgumentException("at least one replay source is required", nameof(options));
        }

        if (options is { Start: { } start, End: { } end } && end <= start)
        {
            throw new ArgumentException($"the replay end {end} must be after its start {start}", nameof(options));
        }

        var files = new List<object>();
        foreach (var source in options.Sources)
        {
            var format = source.Format == BarFileFormat.Auto ? BarFileReader.DetectFormat(source.Path) : source.Format;
            if (format == BarFileFormat.Ticks)
            {
                if (source.Symbol is not null)
                {
                    throw new ArgumentException(
                        $"{source.Path} is a tick file, which names the symbol on every row; leave its symbol unset", nameof(options));
                }

                files.Add(TickFileReader.Read(source.Path, options.BadRowPolicy));
            }
            else
            {
                files.Add(BarFileReader.Read(source.Path, new BarFileReadOptions
                {
                    Symbol = source.Symbol,
                    Format = format,
                    BadRowPolicy = options.BadRowPolicy,
                    Calendar = calendar,
                }));
            }
        }

        var probe = CreateMerger(files, options.Start);
        Instant? first = probe.TryPeekTime(out var time) && (options.End is null || time < options.End) ? time : null;
        return new ReplayTape(options, calendar, files, first);
    }

    internal ReplayMerger CreateMerger() => CreateMerger(filesInSourceOrder, Options.Start);

    private static ReplayMerger CreateMerger(IReadOnlyList<object> files, Instant? start)
    {
        var streams = new ReplayStream[files.Count];
        for (var i = 0; i < files.Count; i++)
        {
            streams[i] = files[i] is BarSeries bars ? new BarReplayStream(bars.Bars) : new TickReplayStream(((TickSeries)files[i]).Quotes);
        }

        return new ReplayMerger(streams, start);
    }
}
