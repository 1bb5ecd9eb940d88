using System.Globalization;
using System.Threading.Channels;
using VixShield.Live.Abstractions.Feeds;
using VixShield.Live.Adapters.InteractiveBrokers.Client;
using VixShield.Live.Adapters.InteractiveBrokers.Events;
using VixShield.Live.Adapters.InteractiveBrokers.Mapping;
using VixShield.Live.Domain.Instruments;

namespace VixShield.Live.Adapters.InteractiveBrokers.Feeds;

/// <summary>The dispatch loop: the single reader of the client's events.</summary>
public sealed partial class InteractiveBrokersMarketDataFeed
{
    private const int MaxTickersReached = 101;
    private const int NoSecurityDefinition = 200;
    private const int MarketDataNotSubscribed = 354;
    private const int UnknownRequestId = 300;

    /// <summary>Handles every event in arrival order; returns when the stream ends and rethrows the fault it ended with.</summary>
    private async Task DispatchAsync(ChannelReader<TwsEvent> events, CancellationToken cancellationToken)
    {
        try
        {
            while (await events.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
            {
                while (events.TryRead(out var next))
                {
                    Handle(next);
                }
            }
        }
        catch (ChannelClosedException)
        {
            // The stream ended with a fault; Completion below rethrows it unwrapped.
        }

        await events.Completion.ConfigureAwait(false);
    }

    private void Handle(TwsEvent next)
    {
        switch (next)
        {
            case TickPriceReceived tick:
                OnTickPrice(tick);
                break;
            case OptionComputationReceived computation:
                if (linesByRequest.TryGetValue(computation.RequestId, out var line) && line.Option is { } option)
                {
                    option.OnComputation(computation);
                }

                break;
            case MarketDataTypeReceived dataType:
                if (linesByRequest.TryGetValue(dataType.RequestId, out var typed))
                {
                    UpdateDataType(typed, dataType.MarketDataType, string.Create(CultureInfo.InvariantCulture, $"MARKET_DATA_TYPE {(int)dataType.MarketDataType}"));
                }

                break;
            case ErrorMessageReceived error:
                OnError(error);
                break;
            case ContractDetailsReceived details:
                Answer(details.RequestId, details);
                break;
            case ContractDetailsEnded ended:
                Answer(ended.RequestId, ended);
                break;
            case HistoricalDataReceived history:
                Answer(history.RequestId, history);
                break;
            case ConnectionEstablished established:
                OnConnected(established);
                break;
            case ConnectionLost lost:
                OnConnectionLost(lost);
                break;
        }
    }

    private void OnTickPrice(TickPriceReceived tick)
    {
        if (!linesByRequest.TryGetValue(tick.RequestId, out var line))
        {
            return;
        }

        if (line.Option is { } option)
        {
            option.OnPrice(tick);
            return;
        }

        var role = TwsTickRoles.Classify(tick.TickType);
        if (role == QuoteTickRole.PriorClose)
        {
            if (line.Line.LastSymbol is { } closing)
            {
                filter.SeedPriorClose(closing, tick.Price);
            }

            return;
        }

        if (line.Line.SymbolFor(role) is not { } symbol)
        {
            return;
        }

        var reference = filter.Reference(symbol);
        switch (filter.Evaluate(symbol, tick.Price))
        {
            case TickVerdict.Accepted:
                outbox!.OfferQuote(symbol, 0m, 0m, tick.Price, tick.ReceivedTime);
                break;
            case TickVerdict.JumpConfirmed:
                Interlocked.Increment(ref jumpsConfirmed);
                LogJumpConfirmed(symbol.DisplayName(), reference, tick.Price, options.JumpConfirmationTicks);
                outbox!.OfferQuote(symbol, 0m, 0m, tick.Price, tick.ReceivedTime);
                break;
            case TickVerdict.NoData:
                Reject(TickRejectionKind.NoData, symbol, tick.Price, reference);
                return;
            case TickVerdict.NotPositive:
                Reject(TickRejectionKind.NotPositive, symbol, tick.Price, reference);
                return;
            case TickVerdict.JumpHeld:
                Reject(TickRejectionKind.Jump, symbol, tick.Price, reference);
                return;
        }

        if (line.Degraded)
        {
            line.Degraded = false;
            if (SetCondition(NoMarketDataKey(line), active: false, FeedState.Connected, $"{line.Line.Name}: market data flows again"))
            {
                LogMarketDataRestored(line.Line.Name);
            }
        }
    }

    /// <summary>Counts a refused tick; the first of each kind per connection is logged, the rest only counted (no floods, no per-tick text).</summary>
    private void Reject(TickRejectionKind kind, MarketSymbol symbol, decimal price, decimal reference)
    {
        Interlocked.Increment(ref rejections[(int)kind]);
        if (rejectionLogged[(int)kind])
        {
            return;
        }

        rejectionLogged[(int)kind] = true;
        var why = kind switch
        {
            TickRejectionKind.NoData => "TWS's 'no current value' (-1; also NaN, infinite or unset prices)",
            TickRejectionKind.NotPositive => "not a positive price",
            _ => string.Create(
                CultureInfo.InvariantCulture,
                $"{Math.Abs(price - reference) / reference:P1} from the last accepted {reference}, more than {options.JumpRejectFraction:P0}; "
                + $"written only once {options.JumpConfirmationTicks} consecutive ticks confirm the new level"),
        };
        LogTickRejected(symbol.DisplayName(), price, kind, why);
    }

    private void Answer(int requestId, TwsEvent answer)
    {
        if (pending.TryGetValue(requestId, out var request) && request.OnEvent(answer))
        {
            pending.TryRemove(requestId, out _);
        }
    }

    private void OnError(ErrorMessageReceived error)
    {
        if (error.Code == UnknownRequestId)
        {
            // TWS answers a cancel of a line it already forgot (after 1101, say) with 300: nothing is wrong.
            LogUnknownRequestId(error.Id, error.Message);
            return;
        }

        var isNotice = IsNotice(error.Code);
        if (error.Id >= 0 && !isNotice && pending.TryRemove(error.Id, out var request))
        {
            request.OnError(error);
            return;
        }

        if (error.Id >= 0 && linesByRequest.TryGetValue(error.Id, out var line))
        {
            OnMarketDataError(line, error);
            return;
        }

        OnNotice(error);
    }

    /// <summary>Codes that inform rather than answer: farm and system notices (2100–2999), delayed data, competing session.</summary>
    private static bool IsNotice(int code) => code is (>= 2100 and < 3000) or 10167 or 10197 or (>= 1100 and <= 1300);

    private void OnMarketDataError(MarketDataSubscription line, ErrorMessageReceived error)
    {
        switch (error.Notice)
        {
            case TwsConnectionNotice.DelayedDataInstead:
                UpdateDataType(line, TwsMarketDataType.Delayed, string.Create(CultureInfo.InvariantCulture, $"{error.Code}: {error.Message}"));
                return;
            case TwsConnectionNotice.CompetingLiveSession:
                OnNotice(error);
                return;
        }

        if (error.Code is not (MaxTickersReached or NoSecurityDefinition or MarketDataNotSubscribed))
        {
            LogMarketDataMessage(line.Line.Name, error.Code, error.Message);
            return;
        }

        if (!linesByRequest.TryRemove(error.Id, out _))
        {
            return;
        }

        var why = string.Create(CultureInfo.InvariantCulture, $"{error.Code}: {error.Message}");
        if (line.Option is not null)
        {
            LogOptionLineRefused(line.Line.Name, why);
            return;
        }

        LogMarketDataRefused(line.Line.Name, why);
        if (Volatile.Read(ref session) is { } context)
        {
            _ = FallBackToHistoryAsync(line, why, context);
        }
    }

    private void UpdateDataType(MarketDataSubscription line, TwsMarketDataType type, string evidence)
    {
        line.DataType = type;
        if (line.Option is not null)
        {
            return;
        }

        var key = "delayed:" + line.Line.Name;
        if (type is TwsMarketDataType.Delayed or TwsMarketDataType.DelayedFrozen)
        {
            var reason = $"delayed market data (10167): {line.Line.Name} quotes are delayed ({evidence}); live quotes need a market-data subscription for it at IB";
            if (SetCondition(key, active: true, FeedState.Connected, reason))
            {
                LogDelayedData(line.Line.Name, evidence);
            }
        }
        else if (type == TwsMarketDataType.Live && SetCondition(key, active: false, FeedState.Connected, $"live market data: {line.Line.Name}"))
        {
            LogLiveData(line.Line.Name);
        }
    }

    private void OnNotice(ErrorMessageReceived error)
    {
        var changed = connectivity.Observe(error);
        switch (error.Notice)
        {
            case TwsConnectionNotice.ConnectivityLost or TwsConnectionNotice.ServerConnectivityBroken when changed:
                LogIbConnectivityLost(error.Code, error.Message);
                Report(FeedState.Disconnected, $"TWS lost its connection to IB ({error.Code}: {error.Message}); quotes are stale until it is restored");
                break;
            case TwsConnectionNotice.ConnectivityRestoredDataLost when changed:
                LogIbConnectivityRestored(error.Code, error.Message, "resubscribing all market data");
                Report(FeedState.Connected, $"connectivity to IB restored, data lost ({error.Code}): resubscribing all market data");
                if (Volatile.Read(ref session) is { } context)
                {
                    StartSubscribing(context, "connectivity restored, data lost (1101)");
                }

                break;
            case TwsConnectionNotice.ConnectivityRestoredDataMaintained when changed:
                LogIbConnectivityRestored(error.Code, error.Message, "subscriptions were kept");
                Report(FeedState.Connected, $"connectivity to IB restored, data maintained ({error.Code})");
                break;
            case TwsConnectionNotice.MarketDataFarmBroken or TwsConnectionNotice.HistoricalDataFarmBroken
                or TwsConnectionNotice.SecurityDefinitionFarmBroken when changed:
                LogFarmBroken(error.Code, error.Message);
                break;
            case TwsConnectionNotice.MarketDataFarmConnected or TwsConnectionNotice.HistoricalDataFarmConnected
                or TwsConnectionNotice.SecurityDefinitionFarmConnected or TwsConnectionNotice.MarketDataFarmInactive
                or TwsConnectionNotice.HistoricalDataFarmInactive or TwsConnectionNotice.OutsideRegularHoursIgnored when changed:
                LogFarmOk(error.Code, error.Message);
                break;
            case TwsConnectionNotice.ClientIdInUse when changed:
                LogClientIdInUse(options.ClientId, error.Message);
                break;
            case TwsConnectionNotice.CouldNotConnect or TwsConnectionNotice.NotConnected when changed:
                LogTwsNotConnected(error.Code, error.Message, options.Host, options.Port);
                break;
            case TwsConnectionNotice.CompetingLiveSession when changed:
                LogCompetingSession(error.Code, error.Message);
                break;
            case TwsConnectionNotice.None when error.Code < 2100:
                LogTwsError(error.Id, error.Code, error.Message);
                break;
            case TwsConnectionNotice.None:
                LogTwsNotice(error.Id, error.Code, error.Message);
                break;
            default:
                LogNoticeRepeated(error.Code, error.Message);
                break;
        }
    }

    private void OnConnected(ConnectionEstablished established)
    {
        var context = new ConnectionSession(established.SessionNumber);
        Volatile.Write(ref session, context);
        connectivity.Reset();
        Array.Clear(rejectionLogged);
        var first = established.SessionNumber == 1;
        LogConnected(options.Host, options.Port, established.ServerVersion, established.SessionNumber);
        Report(
            FeedState.Connected,
            first
                ? string.Create(CultureInfo.InvariantCulture, $"connected to TWS at {options.Host}:{options.Port} as client id {options.ClientId} (server version {established.ServerVersion})")
                : string.Create(CultureInfo.InvariantCulture, $"reconnected to TWS at {options.Host}:{options.Port} (server version {established.ServerVersion}, session {established.SessionNumber}): resubscribing all market data"));
        lock (stateGate)
        {
            connected.TrySetResult();
        }

        StartSubscribing(context, first ? "connected" : "reconnected");
    }

    private void OnConnectionLost(ConnectionLost lost)
    {
        EndSession(new TwsConnectionException(TwsConnectionFailure.NotConnected, "the connection to TWS was lost before TWS answered: " + lost.Reason));
        var expected = resetWindows.Contains(lost.ReceivedTime);
        if (expected)
        {
            LogConnectionLostExpected(lost.Reason, resetWindows.Description);
        }
        else
        {
            LogConnectionLost(lost.Reason);
        }

        Report(
            FeedState.Disconnected,
            expected
                ? $"connection to TWS lost ({lost.Reason}); expected inside the IB reset window ({resetWindows.Description}); reconnecting"
                : $"connection to TWS lost ({lost.Reason}); reconnecting");
    }

    /// <summary>Ends the current connection session: stops its routines, fails requests waiting for answers, forgets request ids.</summary>
    private void EndSession(Exception reason)
    {
        if (Interlocked.Exchange(ref session, null) is { } ending)
        {
            ending.Stop();
            var statistics = Statistics;
            LogSessionSummary(
                ending.Number, statistics.QuotesWritten, statistics.QuotesCoalesced, statistics.NoDataRejected,
                statistics.NotPositiveRejected, statistics.JumpRejected, statistics.JumpsConfirmed);
        }

        linesByRequest.Clear();
        foreach (var id in pending.Keys)
        {
            if (pending.TryRemove(id, out var request))
            {
                request.Fail(reason);
            }
        }

        lock (stateGate)
        {
            if (connected.Task.IsCompleted)
            {
                connected = NewSignal();
            }
        }
    }
}
