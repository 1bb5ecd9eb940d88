using NodaTime;
using VixShield.Live.Domain.Orders;

namespace VixShield.Live.Rules.Hedging;

/// <summary>An open hedge layer's book entry, as an <see cref="AlvhEngineState"/> keeps it.</summary>
/// <param name="UnitCost">Average limit price paid per contract, in points.</param>
/// <param name="Mark">Latest model value per contract, in points.</param>
/// <param name="RsiAtOpen">rsi5m when the layer opened (NaN when unknown).</param>
/// <param name="PeakAbsoluteMove">Largest |move| in sigmas seen under the current condor while open.</param>
public sealed record HedgeLayerHoldingState(
    Instrument Instrument,
    Instant SettlementTime,
    int Contracts,
    decimal UnitCost,
    decimal Mark,
    Instant OpenedAt,
    double RsiAtOpen,
    bool IsMonetized,
    double PeakAbsoluteMove);
