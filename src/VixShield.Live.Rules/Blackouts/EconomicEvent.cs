using System.Globalization;
using NodaTime;

namespace VixShield.Live.Rules.Blackouts;

/// <summary>One scheduled release.</summary>
/// <param name="Kind">FOMC, CPI or PPI.</param>
/// <param name="Date">New York date of the release.</param>
/// <param name="LocalTime">New York wall-clock time of the release.</param>
/// <param name="ReleaseTime">The release instant.</param>
/// <param name="Description">Free text from the file, e.g. <c>CPI (February 2026)</c>.</param>
public readonly record struct EconomicEvent(EconomicEventKind Kind, LocalDate Date, LocalTime LocalTime, Instant ReleaseTime, string Description)
{
    /// <summary>Short display name: <c>FOMC</c>, <c>CPI</c>, <c>PPI</c>.</summary>
    public string KindName => Kind switch
    {
        EconomicEventKind.Fomc => "FOMC",
        EconomicEventKind.Cpi => "CPI",
        _ => "PPI",
    };

    /// <summary><c>CPI 2026-03-11 08:30 ET</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{KindName} {Date:uuuu-MM-dd} {LocalTime:HH:mm} ET");
}
