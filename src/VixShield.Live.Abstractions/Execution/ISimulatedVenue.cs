namespace VixShield.Live.Abstractions.Execution;

/// <summary>An execution venue that lives inside the process (the paper broker) and matches orders only when told to,
/// so the decision loop can drive it with market time and a replay fills exactly as it did before.</summary>
public interface ISimulatedVenue
{
    /// <summary>Matches working orders against current prices, expires day orders and settles expiries, at the venue's now.</summary>
    Task ProcessMarketAsync(CancellationToken cancellationToken);
}
