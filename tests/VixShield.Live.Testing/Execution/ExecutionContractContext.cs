using System.Threading.Channels;
using VixShield.Live.Abstractions.Execution;
using VixShield.Live.Abstractions.Time;
using VixShield.Live.Domain.Calendar;

namespace VixShield.Live.Testing.Execution;

/// <summary>What <see cref="ExecutionAdapterContractTests{TAdapter}"/> hands an adapter factory: the clock, the event
/// writer, the calendar and the market the venue must quote.</summary>
public sealed class ExecutionContractContext(ManualTimeProvider time, ChannelWriter<ExecutionEvent> events, IReadOnlyList<ContractQuote> quotes)
{
    public ManualTimeProvider Time { get; } = time;

    public ChannelWriter<ExecutionEvent> Events { get; } = events;

    /// <summary>Every contract the facts trade, except the deliberately unpriced one.</summary>
    public IReadOnlyList<ContractQuote> Quotes { get; } = quotes;

    public ITradingCalendar Calendar { get; } = new NyseTradingCalendar();
}
