using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using NodaTime;
using VixShield.Live.Abstractions.Execution;
using VixShield.Live.Abstractions.Pipeline;
using VixShield.Live.Abstractions.State;
using VixShield.Live.Abstractions.Time;
using VixShield.Live.Adapters.InteractiveBrokers.Execution;
using VixShield.Live.Adapters.Paper;
using VixShield.Live.Adapters.Paper.AlertsOnly;
using VixShield.Live.Adapters.Paper.Pricing;
using VixShield.Live.Configuration;
using VixShield.Live.Domain.Calendar;
using VixShield.Live.Domain.Pricing;
using VixShield.Live.Engine.Execution;

namespace VixShield.Live.Hosting;

/// <summary>Builds the execution path named by <c>Execution:Adapter</c>: the adapter behind the safety gate.</summary>
public static class ExecutionFactory
{
    /// <summary>The broker path (<c>Execution:Adapter=ib</c>): the adapter, a pump whose events go back to the decision loop
    /// through the inbound channel and whose orders are journaled before they are sent (<see cref="JournalingExecutionAdapter"/>),
    /// and the reconciler that settles intents a crash left without an answer.</summary>
    public static (InteractiveBrokersExecutionAdapter Adapter, ExecutionPump Pump, ExecutionChannels Channels, ExecutionSafetyGate Gate, OrderIntentReconciler Reconciler) CreateRemote(
        DaemonConfiguration configuration, ITradingCalendar calendar, ChannelWriter<InboundEvent> inbound, IEventJournal journal, ILoggerFactory loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(journal);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(inbound);
        ArgumentNullException.ThrowIfNull(loggerFactory);
        var channels = new ExecutionChannels(configuration.Execution);
        var adapter = InteractiveBrokersExecutionFactory.Create(configuration.InteractiveBrokers, configuration.InteractiveBrokersExecution,
            TimeProvider.System, channels.Events.Writer, loggerFactory, calendar);
        var gate = new ExecutionSafetyGate(configuration.Execution, TimeProvider.System);
        var pump = new ExecutionPump(channels, new JournalingExecutionAdapter(adapter, journal, TimeProvider.System), gate,
            (executionEvent, token) => inbound.WriteAsync(InboundEvent.ForOrderEvent(executionEvent.EventTime, executionEvent), token),
            TimeProvider.System, loggerFactory.CreateLogger<ExecutionPump>());
        var reconciler = new OrderIntentReconciler(journal, adapter, channels.Events.Writer, TimeProvider.System, loggerFactory.CreateLogger<OrderIntentReconciler>());
        return (adapter, pump, channels, gate, reconciler);
    }

    /// <summary>The in-process venues (alerts-only, paper) run inline on the decision loop's clock.</summary>
    public static InlineExecution CreateInline(DaemonConfiguration configuration, ITradingCalendar calendar, Instant start, ILoggerFactory loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(loggerFactory);
        var options = configuration.Execution;
        var venueClock = new ManualTimeProvider(start);
        var channels = new ExecutionChannels(options);
        var gate = new ExecutionSafetyGate(options, venueClock);
        IExecutionAdapter adapter;
        ISimulatedVenue? venue = null;
        IMarketObserver? observer = null;
        if (options.Adapter == ExecutionOptions.PaperAdapter)
        {
            var prices = new ModelPaperPriceSource(new PricingOptions(), calendar, configuration.Paper);
            var paper = new PaperExecutionAdapter(configuration.Paper, prices, calendar, venueClock, channels.Events.Writer);
            adapter = paper;
            venue = paper;
            observer = prices;
        }
        else
        {
            adapter = new AlertsOnlyExecutionAdapter(channels.Events.Writer, venueClock);
        }

        // Inline, the loop drains the venue's events itself, so the pump's publish callback is never called.
        var pump = new ExecutionPump(channels, adapter, gate, static (_, _) => ValueTask.CompletedTask, venueClock,
            loggerFactory.CreateLogger<ExecutionPump>());
        return new InlineExecution(pump, channels, gate, venueClock, venue, observer);
    }
}
