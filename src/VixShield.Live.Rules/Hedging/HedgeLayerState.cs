using NodaTime;
using VixShield.Live.Domain.Orders;

namespace VixShield.Live.Rules.Hedging;

/// <summary>The engine's mutable book entry for one open layer.</summary>
internal sealed class HedgeLayerState(Instrument instrument, Instant settlementTime, int contracts, decimal unitCost, decimal mark, Instant openedAt, double rsiAtOpen)
{
    public Instrument Instrument { get; } = instrument;

    public LocalDate Expiry => Instrument.Expiry!.Value;

    public Instant SettlementTime { get; } = settlementTime;

    public int Contracts { get; set; } = contracts;

    /// <summary>Average limit price paid per contract.</summary>
    public decimal UnitCost { get; set; } = unitCost;

    public decimal Mark { get; set; } = mark;

    public Instant OpenedAt { get; } = openedAt;

    /// <summary>rsi5m when the layer opened (NaN when unknown), the origin of <c>rsi5m_change_since_l1</c>.</summary>
    public double RsiAtOpen { get; } = rsiAtOpen;

    public bool IsMonetized { get; set; }

    /// <summary>Largest |move| in sigmas seen under the current condor while the layer was open.</summary>
    public double PeakAbsoluteMove { get; set; }

    public decimal CostDollars => UnitCost * Contracts * Instrument.Multiplier;

    public decimal MarkDollars => Mark * Contracts * Instrument.Multiplier;
}
