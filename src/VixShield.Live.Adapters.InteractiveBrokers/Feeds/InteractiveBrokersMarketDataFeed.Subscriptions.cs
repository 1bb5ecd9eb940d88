using System.Globalization;
using VixShield.Live.Abstractions.Feeds;
using VixShield.Live.Adapters.InteractiveBrokers.Client;
using VixShield.Live.Adapters.InteractiveBrokers.Contracts;
using VixShield.Live.Adapters.InteractiveBrokers.Mapping;
using VixShield.Live.Adapters.InteractiveBrokers.Requests;
using VixShield.Live.Domain.Instruments;

namespace VixShield.Live.Adapters.InteractiveBrokers.Feeds;

/// <summary>Subscription routines: contract lookups, (re)subscription, fallback to daily history.</summary>
public sealed partial class InteractiveBrokersMarketDataFeed
{
    private static string NoMarketDataKey(MarketDataSubscription line) => "no-market-data:" + line.Line.Name;

    private static string UnavailableKey(TwsInstrumentSource source) => "unavailable:" + source.Name;

    /// <summary>Starts a subscription routine for <paramref name="context"/>; routines run one at a time, in start order.</summary>
    private void StartSubscribing(ConnectionSession context, string why) => _ = SubscribeAsync(context, why);

    private async Task SubscribeAsync(ConnectionSession context, string why)
    {
        var token = context.Token;
        try
        {
            await subscribeGate.WaitAsync(token).ConfigureAwait(false);
            try
            {
                var tws = Volatile.Read(ref client)!;
                await tws.SendAsync(new SetMarketDataType(options.MarketDataType), token).ConfigureAwait(false);
                if (!context.IsResolved)
                {
                    await ResolveAsync(tws, context, token).ConfigureAwait(false);
                }

                var count = 0;
                for (var i = 0; i < sources.Count; i++)
                {
                    count += await SubscribeSourceAsync(tws, i, context, token).ConfigureAwait(false);
                }

                foreach (var option in optionLines.Keys)
                {
                    await StartLineAsync(tws, option.Line, context, token).ConfigureAwait(false);
                    count++;
                }

                LogSubscribed(count, why, context.Number);
            }
            finally
            {
                subscribeGate.Release();
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            LogSubscribingInterrupted(why, "the connection ended");
        }
        catch (TwsConnectionException exception)
        {
            LogSubscribingInterrupted(why, exception.Message);
        }
        catch (Exception exception)
        {
            // Not swallowed: the operator gets a Failed status and the log has the exception; the next connection retries.
            LogSubscribingFailed(exception, why);
            Report(FeedState.Failed, $"subscribing market data failed ({why}): {exception.Message}");
        }
    }

    /// <summary>Looks every instrument contract up at once and records the outcomes in <paramref name="context"/>.</summary>
    private async Task ResolveAsync(TwsClient tws, ConnectionSession context, CancellationToken token)
    {
        var lookups = instrumentLines
            .Select(line => (Line: line, Outcome: LookUpAsync(tws, line.Line.Contract, line.Line.Name, token)))
            .ToList();
        foreach (var (line, outcome) in lookups)
        {
            var result = await outcome.ConfigureAwait(false);
            context.Record(line, result);
            line.Contract = result.Contract;
        }

        context.MarkResolved();
    }

    /// <summary>Subscribes the first alternative of source <paramref name="index"/> whose contracts all resolved; returns the line count.</summary>
    private async Task<int> SubscribeSourceAsync(TwsClient tws, int index, ConnectionSession context, CancellationToken token)
    {
        var source = sources[index];
        var lines = instrumentLines.Where(line => line.SourceIndex == index).ToList();
        foreach (var alternative in source.Alternatives)
        {
            var chosen = lines.Where(line => alternative.Contains(line.Line)).ToList();
            if (!chosen.All(line => context.Outcome(line).Contract is not null))
            {
                continue;
            }

            var names = string.Join(", ", chosen.Select(line => line.Line.Name));
            if (SetCondition(UnavailableKey(source), active: false, FeedState.Connected, $"{source.Name} available again via {names}"))
            {
                LogSourceAvailable(source.Name, names);
            }

            foreach (var line in chosen)
            {
                await StartLineAsync(tws, line, context, token).ConfigureAwait(false);
            }

            return chosen.Count;
        }

        var failures = string.Join("; ", lines.Select(line => context.Outcome(line).Failure));
        var symbols = string.Join(", ", source.Symbols.Select(symbol => symbol.DisplayName()));
        var reason = $"{source.Name} unavailable at IB ({failures}); the feed continues without {symbols}, and no daily history can stand in without a contract";
        if (SetCondition(UnavailableKey(source), active: true, FeedState.Failed, reason))
        {
            LogSourceUnavailable(source.Name, failures);
        }

        return 0;
    }

    /// <summary>(Re)subscribes one line under a new request id, cancelling its previous request when it is still live in this session.</summary>
    private async Task StartLineAsync(TwsClient tws, MarketDataSubscription line, ConnectionSession context, CancellationToken token)
    {
        var previous = line.RequestId;
        if (previous != 0 && linesByRequest.TryRemove(previous, out _) && line.SessionNumber == context.Number)
        {
            await tws.SendAsync(new CancelMarketData(previous), token).ConfigureAwait(false);
        }

        var requestId = NextRequestId();
        line.RequestId = requestId;
        line.SessionNumber = context.Number;
        line.DataType = null;
        linesByRequest[requestId] = line;
        await tws.SendAsync(new RequestMarketData(requestId, line.Contract ?? line.Line.Contract), token).ConfigureAwait(false);
    }

    /// <summary>
    /// Quotes the last completed daily close of a line whose market data TWS refused, reported once as Failed naming
    /// the line (history stands in for live data, once per connection).
    /// </summary>
    private async Task FallBackToHistoryAsync(MarketDataSubscription line, string why, ConnectionSession context)
    {
        line.Degraded = true;
        var key = NoMarketDataKey(line);
        if (line.Line.LastSymbol is not { } symbol)
        {
            var symbols = string.Join(", ", line.Line.Symbols.Select(s => s.DisplayName()));
            SetCondition(key, active: true, FeedState.Failed, $"{line.Line.Name}: no market data ({why}) and no daily-history equivalent; {symbols} unavailable");
            return;
        }

        try
        {
            var bars = await GetDailyBarsAsync(symbol, line.Contract ?? line.Line.Contract, 1, context.Token).ConfigureAwait(false);
            if (bars.Count == 0 || bars[^1].Close <= 0m)
            {
                SetCondition(key, active: true, FeedState.Failed, $"{line.Line.Name}: no market data ({why}); daily history has no completed bar either");
                return;
            }

            var last = bars[^1];
            outbox!.OfferQuote(symbol, 0m, 0m, last.Close, Now());
            LogHistoryFallback(line.Line.Name, why, last.Close, last.TradeDate);
            SetCondition(key, active: true, FeedState.Failed, string.Create(
                CultureInfo.InvariantCulture,
                $"{line.Line.Name}: no live or delayed market data ({why}); quoting its daily close {last.Close} of {last.TradeDate:uuuu-MM-dd} from history instead"));
        }
        catch (OperationCanceledException) when (context.Token.IsCancellationRequested)
        {
            LogSubscribingInterrupted("history fallback for " + line.Line.Name, "the connection ended");
        }
        catch (Exception exception) when (exception is InteractiveBrokersRequestException or TwsConnectionException)
        {
            SetCondition(key, active: true, FeedState.Failed, $"{line.Line.Name}: no market data ({why}); daily history failed too ({exception.Message})");
        }
    }

    /// <summary>A REQ_CONTRACT_DATA for <paramref name="contract"/>: the specification plus TWS's conId, or why there is none.</summary>
    /// <remarks>Never throws for TWS's answers (200, other errors, no answer within the request timeout); throws when the
    /// connection ends or <paramref name="token"/> is cancelled.</remarks>
    private async Task<ContractLookupOutcome> LookUpAsync(TwsClient tws, TwsContract contract, string name, CancellationToken token)
    {
        var requestId = NextRequestId();
        var lookup = new ContractLookup($"contract lookup for {name} ({contract.SecurityType} on {contract.Exchange})");
        pending[requestId] = lookup;
        try
        {
            await tws.SendAsync(new RequestContractDetails(requestId, contract), token).ConfigureAwait(false);
            var matches = await lookup.Completion.WaitAsync(options.RequestTimeout, timeProvider, token).ConfigureAwait(false);
            if (matches.Count == 0)
            {
                return new ContractLookupOutcome(null, $"{name}: no contract at IB ({lookup.NotFoundReason})", NoSecurityDefinition);
            }

            if (matches.Count > 1)
            {
                LogAmbiguousContract(name, matches.Count, matches[0].Contract.ConId);
            }

            return new ContractLookupOutcome(contract with { ConId = matches[0].Contract.ConId }, string.Empty);
        }
        catch (TimeoutException)
        {
            return new ContractLookupOutcome(null, $"{name}: TWS did not answer the contract lookup within {options.RequestTimeout}");
        }
        catch (InteractiveBrokersRequestException exception)
        {
            return new ContractLookupOutcome(null, exception.Message, exception.Code);
        }
        finally
        {
            pending.TryRemove(requestId, out _);
        }
    }
}
