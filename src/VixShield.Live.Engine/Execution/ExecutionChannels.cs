using System.Threading.Channels;
using VixShield.Live.Abstractions.Execution;

namespace VixShield.Live.Engine.Execution;

/// <summary>The execution side's two queues, each with a stated capacity, full-mode and reader count.</summary>
/// <remarks>
/// Commands: bounded (<see cref="ExecutionOptions.CommandCapacity"/>), many writers (decision loop, control endpoint),
/// one reader (the <see cref="ExecutionPump"/>), <c>Wait</c> when full. Events: bounded
/// (<see cref="ExecutionOptions.EventCapacity"/>), many writers (the adapter and the pump), one reader (the pump's
/// forwarder into the inbound channel), <c>Wait</c> when full, counted without a lock (an inline venue is asked for
/// waiting events on every inbound event). Orders and fills are never dropped.
/// </remarks>
public sealed class ExecutionChannels
{
    public ExecutionChannels(ExecutionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Commands = Channel.CreateBounded<ExecutionCommand>(new BoundedChannelOptions(options.CommandCapacity)
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = true,
            SingleWriter = false,
            AllowSynchronousContinuations = false,
        });
        Events = new CountedChannel<ExecutionEvent>(Channel.CreateBounded<ExecutionEvent>(new BoundedChannelOptions(options.EventCapacity)
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = true,
            SingleWriter = false,
            AllowSynchronousContinuations = false,
        }));
    }

    public Channel<ExecutionCommand> Commands { get; }

    public Channel<ExecutionEvent> Events { get; }
}
