namespace VixShield.Live.Adapters.InteractiveBrokers.Feeds;

/// <summary>One ready TWS connection as the feed sees it: its number, its cancellation and its contract lookups.</summary>
/// <remarks>Contracts are looked up once per session (brief §9: resolve conIds once per session/day), so a 1101
/// resubscription reuses them while a reconnect looks them up again. The token source has no timer and is never
/// disposed, so routines still holding the token after the session ended can use it safely.</remarks>
internal sealed class ConnectionSession
{
    private readonly CancellationTokenSource stopping = new();
    private readonly Dictionary<MarketDataSubscription, ContractLookupOutcome> resolved = [];

    public ConnectionSession(int number)
    {
        Number = number;
        Token = stopping.Token;
    }

    public int Number { get; }

    /// <summary>Cancelled when the connection ends; subscription routines of the session stop with it.</summary>
    public CancellationToken Token { get; }

    public bool IsResolved { get; private set; }

    /// <summary>The lookup outcome of <paramref name="line"/>; only valid once <see cref="IsResolved"/>.</summary>
    public ContractLookupOutcome Outcome(MarketDataSubscription line) => resolved[line];

    public void Record(MarketDataSubscription line, ContractLookupOutcome outcome) => resolved[line] = outcome;

    public void MarkResolved() => IsResolved = true;

    public void Stop() => stopping.Cancel();
}
