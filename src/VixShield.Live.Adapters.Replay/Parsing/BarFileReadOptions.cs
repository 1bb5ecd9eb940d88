using VixShield.Live.Domain.Calendar;
using VixShield.Live.Domain.Instruments;

namespace VixShield.Live.Adapters.Replay.Parsing;

/// <summary>How <see cref="BarFileReader"/> reads one file.</summary>
public sealed record BarFileReadOptions
{
    /// <summary>The instrument the file holds; when null it is inferred from a close-only header (<c>DATE,VVIX</c>) or
    /// the file name (<c>vix9d_daily.csv</c>, <c>^GSPC.csv</c>, <c>nyse_ADV_....csv</c>).</summary>
    public MarketSymbol? Symbol { get; init; }

    /// <summary>The layout; <see cref="BarFileFormat.Auto"/> recognises it from the first line.</summary>
    public BarFileFormat Format { get; init; } = BarFileFormat.Auto;

    /// <value>The default is <see cref="BadRowPolicy.Stop"/>.</value>
    public BadRowPolicy BadRowPolicy { get; init; } = BadRowPolicy.Stop;

    /// <summary>The calendar that gives daily bars their session open and close; null means NYSE.</summary>
    public ITradingCalendar? Calendar { get; init; }
}
