using System.Globalization;
using NodaTime;
using VixShield.Live.Adapters.InteractiveBrokers.Client;
using VixShield.Live.Adapters.InteractiveBrokers.Contracts;
using VixShield.Live.Adapters.InteractiveBrokers.Events;
using VixShield.Live.Adapters.InteractiveBrokers.Mapping;
using VixShield.Live.Adapters.InteractiveBrokers.Requests;
using VixShield.Live.Domain.Instruments;
using VixShield.Live.Domain.MarketData;
using VixShield.Live.Domain.Pricing;

namespace VixShield.Live.Adapters.InteractiveBrokers.Feeds;

/// <summary>Requests the engine makes: daily history for warm-up and SPXW option lines.</summary>
public sealed partial class InteractiveBrokersMarketDataFeed
{
    /// <summary>
    /// The last <paramref name="days"/> completed daily bars of <paramref name="symbol"/>, oldest first, for indicator warm-up.
    /// </summary>
    /// <remarks>
    /// <para>Waits until the feed is connected (so call it after <see cref="RunAsync"/> has started), then sends
    /// REQ_HISTORICAL_DATA (TRADES, <c>1 day</c> bars, regular hours, ending now) through the historical pacer, which keeps
    /// TWS's limits (no identical request within 15 s, at most 5 per contract in 2 s, 60 in 10 minutes) by waiting on the
    /// injected clock. Bars become domain <see cref="Bar"/>s whose Start and End are that NYSE session's open and close
    /// (early closes included); the bar of a session that has not closed yet is left out, and a bar TWS dates on a day
    /// the NYSE calendar has no session is skipped with a warning.</para>
    /// <para>History exists for SPX, VIX, VIX9D, VIX3M and, through ADV-NYSE/DECL-NYSE, NYSE-ADV and NYSE-DECL.</para>
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">No TWS history for <paramref name="symbol"/>, or <paramref name="days"/> outside 1..2520.</exception>
    /// <exception cref="InteractiveBrokersRequestException">TWS refused the request (its code and text), or did not answer within the request timeout.</exception>
    /// <exception cref="TwsConnectionException">The connection was lost before the answer; ask again after it is back.</exception>
    public async Task<IReadOnlyList<Bar>> GetDailyHistoryAsync(MarketSymbol symbol, int days, CancellationToken cancellationToken)
    {
        var contract = TwsInstrumentSources.HistoryContract(symbol) ?? throw new ArgumentOutOfRangeException(
            nameof(symbol), symbol, "TWS has no daily history for it here; allowed: SPX, VIX, VIX9D, VIX3M, NYSE-ADV, NYSE-DECL");
        if (days is < 1 or > InteractiveBrokersDefaults.MaximumHistoryDays)
        {
            throw new ArgumentOutOfRangeException(
                nameof(days), days, string.Create(CultureInfo.InvariantCulture, $"1..{InteractiveBrokersDefaults.MaximumHistoryDays} trading days"));
        }

        await WhenConnectedAsync(cancellationToken).ConfigureAwait(false);
        return await GetDailyBarsAsync(symbol, contract, days, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Subscribes the SPXW option (PM-settled) with <paramref name="expiry"/>, <paramref name="strike"/> and
    /// <paramref name="right"/>; its bid, ask and TWS model delta/IV are then kept in <see cref="OptionQuoteSubscription.Latest"/>.
    /// </summary>
    /// <remarks>Waits until the feed is connected, qualifies the contract by a lookup, then subscribes; the line is
    /// resubscribed after reconnects and 1101 until the subscription is disposed. Option ticks are not written to the
    /// engine's channel.</remarks>
    /// <exception cref="InteractiveBrokersRequestException">TWS has no such option (200) or did not answer the lookup.</exception>
    /// <exception cref="TwsConnectionException">The connection was lost meanwhile.</exception>
    public async Task<OptionQuoteSubscription> SubscribeOptionAsync(
        LocalDate expiry, decimal strike, OptionRight right, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(strike);
        var specification = TwsContractCatalog.SpxwOption(expiry, strike, TwsOptionRights.FromDomain(right));
        var name = string.Create(CultureInfo.InvariantCulture, $"SPXW {expiry:uuuu-MM-dd} {strike} {right}");
        var tws = await WhenConnectedAsync(cancellationToken).ConfigureAwait(false);
        var outcome = await LookUpAsync(tws, specification, name, cancellationToken).ConfigureAwait(false);
        if (outcome.Contract is not { } contract)
        {
            throw new InteractiveBrokersRequestException(outcome.Failure, outcome.Code);
        }

        var subscription = new OptionQuoteSubscription(this, expiry, strike, right, contract);
        await subscribeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var context = Volatile.Read(ref session)
                ?? throw new TwsConnectionException(TwsConnectionFailure.NotConnected, $"the connection to TWS was lost while subscribing {name}");
            optionLines.TryAdd(subscription, 0);
            await StartLineAsync(tws, subscription.Line, context, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            subscribeGate.Release();
        }

        LogOptionSubscribed(name, contract.ConId);
        return subscription;
    }

    internal async ValueTask UnsubscribeOptionAsync(OptionQuoteSubscription subscription)
    {
        optionLines.TryRemove(subscription, out _);
        await subscribeGate.WaitAsync(CancellationToken.None).ConfigureAwait(false);
        try
        {
            var line = subscription.Line;
            var requestId = line.RequestId;
            line.RequestId = 0;
            if (requestId != 0
                && linesByRequest.TryRemove(requestId, out _)
                && Volatile.Read(ref session) is { } context
                && context.Number == line.SessionNumber
                && Volatile.Read(ref client) is { IsConnected: true } tws)
            {
                try
                {
                    await tws.SendAsync(new CancelMarketData(requestId), CancellationToken.None).ConfigureAwait(false);
                }
                catch (TwsConnectionException)
                {
                    // The connection dropped meanwhile: TWS forgets the line itself.
                }
            }
        }
        finally
        {
            subscribeGate.Release();
        }
    }

    private async Task<IReadOnlyList<Bar>> GetDailyBarsAsync(MarketSymbol symbol, TwsContract contract, int days, CancellationToken cancellationToken)
    {
        var today = Now().InZone(calendar.Zone).Date;
        var duration = TwsHistoricalBars.DailyDuration(today, days, calendar);
        var contractKey = $"{contract.Symbol}|{contract.SecurityType}|{contract.Exchange}|{TwsHistoricalBars.Trades}";
        var waited = await historyPacer
            .ReserveAsync(contractKey, $"{contractKey}|{TwsHistoricalBars.DailyBarSize}|{duration}|regular-hours", cancellationToken)
            .ConfigureAwait(false);
        if (waited > TimeSpan.Zero)
        {
            LogHistoryPaced(symbol.DisplayName(), waited);
        }

        var tws = Volatile.Read(ref client)!;
        var requestId = NextRequestId();
        var request = new HistoryRequest($"daily history of {contract.Symbol} ({duration})");
        pending[requestId] = request;
        IReadOnlyList<HistoricalBar> received;
        try
        {
            await tws.SendAsync(
                new RequestHistoricalData(requestId, contract, string.Empty, TwsHistoricalBars.DailyBarSize, duration, true, TwsHistoricalBars.Trades),
                cancellationToken).ConfigureAwait(false);
            received = await request.Completion.WaitAsync(options.RequestTimeout, timeProvider, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException exception)
        {
            await CancelHistoryQuietlyAsync(tws, requestId).ConfigureAwait(false);
            throw new InteractiveBrokersRequestException($"TWS did not answer the {request.Description} within {options.RequestTimeout}", exception);
        }
        finally
        {
            pending.TryRemove(requestId, out _);
        }

        return ToCompletedBars(symbol, received, days);
    }

    private List<Bar> ToCompletedBars(MarketSymbol symbol, IReadOnlyList<HistoricalBar> received, int days)
    {
        var now = Now();
        var bars = new SortedList<LocalDate, Bar>();
        foreach (var bar in received)
        {
            if (!TwsHistoricalBars.TryToDailyBar(bar, symbol, calendar, out var mapped, out var problem))
            {
                LogBarSkipped(problem);
                continue;
            }

            // The bar of a session still trading is partial: warm-up takes completed sessions only.
            if (mapped.End <= now)
            {
                bars[mapped.TradeDate] = mapped;
            }
        }

        var all = bars.Values.ToList();
        return all.Count > days ? all.GetRange(all.Count - days, days) : all;
    }

    private static async Task CancelHistoryQuietlyAsync(TwsClient tws, int requestId)
    {
        try
        {
            await tws.SendAsync(new CancelHistoricalData(requestId), CancellationToken.None).ConfigureAwait(false);
        }
        catch (TwsConnectionException)
        {
            // Not connected any more: TWS has dropped the request with the connection.
        }
    }
}
