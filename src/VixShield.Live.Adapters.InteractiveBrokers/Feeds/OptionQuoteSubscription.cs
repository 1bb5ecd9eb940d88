using NodaTime;
using VixShield.Live.Adapters.InteractiveBrokers.Contracts;
using VixShield.Live.Adapters.InteractiveBrokers.Events;
using VixShield.Live.Adapters.InteractiveBrokers.Mapping;
using VixShield.Live.Domain.Pricing;

namespace VixShield.Live.Adapters.InteractiveBrokers.Feeds;

/// <summary>A live SPXW option line from <see cref="InteractiveBrokersMarketDataFeed.SubscribeOptionAsync"/>; dispose to cancel it.</summary>
/// <remarks>The feed keeps the line subscribed across reconnects and 1101 (data lost). <see cref="Latest"/> is updated by
/// the feed's dispatch loop and may be read from any thread.</remarks>
public sealed class OptionQuoteSubscription : IAsyncDisposable
{
    private readonly InteractiveBrokersMarketDataFeed feed;
    private readonly object gate = new();
    private OptionQuote latest;
    private int disposed;

    internal OptionQuoteSubscription(InteractiveBrokersMarketDataFeed feed, LocalDate expiry, decimal strike, OptionRight right, TwsContract contract)
    {
        this.feed = feed;
        Expiry = expiry;
        Strike = strike;
        Right = right;
        Contract = contract;
        Line = new MarketDataSubscription(new TwsMarketDataLine(Describe(contract), contract, null), -1, this) { Contract = contract };
    }

    public LocalDate Expiry { get; }

    public decimal Strike { get; }

    public OptionRight Right { get; }

    /// <summary>The qualified TWS contract (with its conId, usable for combo legs).</summary>
    public TwsContract Contract { get; }

    /// <summary>The latest bid, ask, model delta and IV.</summary>
    public OptionQuote Latest
    {
        get
        {
            lock (gate)
            {
                return latest;
            }
        }
    }

    internal MarketDataSubscription Line { get; }

    internal bool IsDisposed => Volatile.Read(ref disposed) != 0;

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 0)
        {
            await feed.UnsubscribeOptionAsync(this).ConfigureAwait(false);
        }
    }

    internal void OnPrice(TickPriceReceived tick)
    {
        var role = TwsTickRoles.Classify(tick.TickType);
        if (role is not (QuoteTickRole.Bid or QuoteTickRole.Ask))
        {
            return;
        }

        // -1 is TWS's "no current value": the side is absent, not priced at zero.
        decimal? price = tick.Price >= 0m ? tick.Price : null;
        lock (gate)
        {
            latest = role == QuoteTickRole.Bid
                ? latest with { Bid = price, UpdatedTime = tick.ReceivedTime }
                : latest with { Ask = price, UpdatedTime = tick.ReceivedTime };
        }
    }

    internal void OnComputation(OptionComputationReceived computation)
    {
        if (!TwsTickRoles.IsModelOptionComputation(computation.TickType))
        {
            return;
        }

        lock (gate)
        {
            latest = latest with
            {
                Delta = Finite(computation.Delta) ?? latest.Delta,
                ImpliedVolatility = Finite(computation.ImpliedVolatility) ?? latest.ImpliedVolatility,
                UpdatedTime = computation.ReceivedTime,
            };
        }
    }

    private static double? Finite(double? value) => value is { } number && double.IsFinite(number) ? number : null;

    private static string Describe(TwsContract contract)
        => $"{contract.TradingClass} {contract.LastTradeDateOrContractMonth} {contract.Strike?.ToString(System.Globalization.CultureInfo.InvariantCulture)} {contract.Right}";
}
