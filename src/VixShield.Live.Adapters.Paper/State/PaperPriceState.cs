using NodaTime;

namespace VixShield.Live.Adapters.Paper.State;

/// <summary>The model price source's saved section (<c>paper-prices</c>): the index levels it prices from and the
/// settlement values it has seen (the SPX close of each session, the first VIX print of each).</summary>
/// <param name="SpxSessionDate">The session whose SPX close is being tracked, with its last SPX so far
/// (<paramref name="SpxLastInSession"/>); null when none is.</param>
/// <param name="VixSessionDate">The session whose first VIX print is being watched for; null when none is.</param>
public sealed record PaperPriceState(
    decimal Spx,
    decimal Vix,
    decimal? Vix9d,
    decimal? Vix3m,
    decimal? Vix6m,
    decimal? Vvix,
    LocalDate? SpxSessionDate,
    decimal? SpxLastInSession,
    LocalDate? VixSessionDate,
    IReadOnlyDictionary<LocalDate, decimal> SpxCloses,
    IReadOnlyDictionary<LocalDate, decimal> VixOpens);
