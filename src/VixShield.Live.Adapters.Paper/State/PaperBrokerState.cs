using NodaTime;

namespace VixShield.Live.Adapters.Paper.State;

/// <summary>The paper broker's saved section (<c>paper-broker</c>) of the engine snapshot.</summary>
/// <param name="StatementTradeDate">The session the next statement is for.</param>
/// <param name="VenueOrderSequence">The last venue order number issued (P-n), and <paramref name="FillSequence"/> the last fill (F-n).</param>
/// <param name="Orders">Every order accepted so far (so a repeated client order id stays a duplicate), in acceptance order.</param>
public sealed record PaperBrokerState(
    string AccountId,
    LocalDate StatementTradeDate,
    long VenueOrderSequence,
    long FillSequence,
    IReadOnlyList<PaperOrderState> Orders,
    PaperAccountState Account);
