using Polly;
using Polly.CircuitBreaker;
using VixShield.Live.Abstractions.Alerts;
using VixShield.Live.Abstractions.State;
using VixShield.Live.Abstractions.Time;
using VixShield.Live.Domain.Alerts;

namespace VixShield.Live.Adapters.Notifications.Outbox;

/// <summary>Delivers one destination's alerts from the outbox, oldest first, each through the resilience pipeline, and
/// marks each delivered only after the sink accepted it.</summary>
/// <remarks>
/// <para>Runs on its own task (<see cref="RunAsync"/>), so a slow or dead endpoint never holds up the decision loop
/// or the alert pump, which only enqueue. A pass stops at the first alert that fails after the pipeline's retries and
/// leaves it, and everything after it, in the outbox: the next pass (on <see cref="Notify"/> or after the poll
/// interval) starts again from that alert, so alerts arrive in order and none is skipped.</para>
/// <para>Each alert goes to the sink as a batch of one, because a sink's failure is all-or-nothing for the batch it was
/// given: only a batch of one can be marked delivered exactly when it was. A stop lets the attempt in flight finish
/// (bounded by the attempt timeout) and marks it, so a clean stop never sends an alert twice. Exactly once holds
/// except across a crash (or a shutdown deadline) between the endpoint's acceptance and the mark, and when the
/// endpoint accepts an attempt after the sender's attempt timeout gave up on it (one redelivery each); webhook
/// receivers can drop such a repeat by the <c>Idempotency-Key</c> header.</para>
/// <para>A failure of the outbox itself (<see cref="StateStoreException"/>) is not a delivery failure: it ends
/// <see cref="RunAsync"/> so the host stops and the supervisor restarts it, instead of delivering without a record.</para>
/// </remarks>
public sealed class OutboxDeliveryService
{
    private readonly IAlertOutbox outbox;
    private readonly IAlertSink sink;
    private readonly ResiliencePipeline pipeline;
    private readonly AlertDeliveryOptions options;
    private readonly TimeProvider timeProvider;
    private readonly IProgress<OutboxDeliveryStatus>? progress;
    private readonly SemaphoreSlim passGate = new(1, 1);
    private TaskCompletionSource wake = NewWake();
    private OutboxDeliveryStatus status;

    /// <param name="sink">The remote destination; its <see cref="IAlertSink.Name"/> is the outbox destination.</param>
    /// <param name="pipeline">From the host's registry, e.g. <see cref="AlertDeliveryOptions.WebhookPipelineName"/>.</param>
    /// <param name="progress">Told after every pass that delivered or failed (the host logs it); never sees a secret.</param>
    public OutboxDeliveryService(
        IAlertOutbox outbox,
        IAlertSink sink,
        ResiliencePipeline pipeline,
        AlertDeliveryOptions options,
        TimeProvider timeProvider,
        IProgress<OutboxDeliveryStatus>? progress = null)
    {
        this.outbox = outbox ?? throw new ArgumentNullException(nameof(outbox));
        this.sink = sink ?? throw new ArgumentNullException(nameof(sink));
        this.pipeline = pipeline ?? throw new ArgumentNullException(nameof(pipeline));
        this.options = options ?? throw new ArgumentNullException(nameof(options));
        this.timeProvider = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
        this.progress = progress;
        options.Validate();
        status = new OutboxDeliveryStatus(sink.Name, 0, 0, 0, 0, null, null, null);
    }

    public string Destination => sink.Name;

    public OutboxDeliveryStatus Status => Volatile.Read(ref status);

    /// <summary>Wakes the worker: new alerts are in the outbox. Cheap, never blocks, safe from any thread.</summary>
    public void Notify() => Volatile.Read(ref wake).TrySetResult();

    /// <summary>Delivers what is pending now (including what a previous run left), then whenever notified or the poll
    /// interval passes, until <paramref name="cancellationToken"/> is cancelled.</summary>
    /// <param name="cancellationToken">Stop: an attempt in flight is let finish, as in <see cref="DeliverPendingAsync"/>.</param>
    /// <param name="abortToken">Cuts an attempt in flight at once (the host's shutdown deadline); its alert stays pending.</param>
    /// <exception cref="OperationCanceledException">On cancellation.</exception>
    /// <exception cref="StateStoreException">The outbox cannot be read or written.</exception>
    public async Task RunAsync(CancellationToken cancellationToken, CancellationToken abortToken = default)
    {
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();

            // Replaced before the pass reads the outbox: a Notify during the pass completes the new one, so the alert
            // it announces is picked up by the next pass without waiting for the poll interval.
            Volatile.Write(ref wake, NewWake());
            await DeliverPendingAsync(cancellationToken, abortToken).ConfigureAwait(false);
            await WaitForWorkAsync(Volatile.Read(ref wake).Task, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>One pass: delivers pending alerts in order until none is left or one fails.</summary>
    /// <param name="cancellationToken">Stop: no new attempt starts, but the attempt in flight is let finish, for at most
    /// <see cref="AlertDeliveryOptions.AttemptTimeout"/>, and is recorded. Cutting it could lose the answer of an
    /// endpoint that has already accepted the alert, and whoever delivers next would send it again.</param>
    /// <param name="abortToken">Cuts an attempt in flight at once; its alert stays pending.</param>
    /// <returns>True when nothing failed.</returns>
    /// <exception cref="OperationCanceledException">Stopped before every pending alert was tried.</exception>
    public async Task<bool> DeliverPendingAsync(CancellationToken cancellationToken, CancellationToken abortToken = default)
    {
        await passGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // The outbox is local and quick: its reads and marks are not cut by a stop, so an accepted alert is always
            // marked and the status always counts it.
            var delivered = 0;
            string? failure = null;
            var stopped = false;
            while (failure is null && !stopped)
            {
                var page = await outbox.ReadUndeliveredAsync(Destination, options.BatchSize, CancellationToken.None).ConfigureAwait(false);
                if (page.Count == 0)
                {
                    break;
                }

                // Alerts the sink does not want are passed over without a commit each; the position moves past them with
                // the next real delivery or at the end of the page (one commit per sent alert, not per journaled one).
                long? passedOver = null;
                foreach (var item in page)
                {
                    if (cancellationToken.IsCancellationRequested)
                    {
                        stopped = true;
                        break;
                    }

                    if (sink is IFilteringAlertSink filtering && !filtering.Wants(item.Alert))
                    {
                        passedOver = item.Sequence;
                        delivered++;
                        continue;
                    }

                    try
                    {
                        failure = await TryDeliverAsync(item, cancellationToken, abortToken).ConfigureAwait(false);
                    }
                    catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested || abortToken.IsCancellationRequested)
                    {
                        stopped = true;
                        break;
                    }

                    if (failure is not null)
                    {
                        break;
                    }

                    await outbox.MarkDeliveredAsync(Destination, item.Sequence, CancellationToken.None).ConfigureAwait(false);
                    passedOver = null;
                    delivered++;
                }

                if (passedOver is { } position)
                {
                    await outbox.MarkDeliveredAsync(Destination, position, CancellationToken.None).ConfigureAwait(false);
                }
            }

            var pending = await outbox.CountUndeliveredAsync(Destination, CancellationToken.None).ConfigureAwait(false);
            Record(delivered, pending, failure);
            if (stopped)
            {
                throw new OperationCanceledException(
                    $"delivery to {Destination} stopped with {pending} alert(s) pending",
                    cancellationToken.IsCancellationRequested ? cancellationToken : abortToken);
            }

            return failure is null;
        }
        finally
        {
            passGate.Release();
        }
    }

    private async Task<string?> TryDeliverAsync(OutboxAlert item, CancellationToken stopping, CancellationToken abort)
    {
        // The pipeline runs until the abort, or until one attempt timeout after the stop: by then the attempt in flight has
        // had all the time its own timeout gives it, and what could follow it (a retry's backoff) is cut. The source runs
        // its CancelAfter on the time provider (a manual clock in tests).
        using var grace = new CancellationTokenSource(Timeout.InfiniteTimeSpan, timeProvider);
        using var onAbort = abort.Register(() => grace.Cancel());
        using var graceAfterStop = stopping.Register(() => grace.CancelAfter(options.AttemptTimeout));
        try
        {
            await pipeline.ExecuteAsync(
                static async (state, token) =>
                {
                    // Once stopping, no new attempt (a retry) starts, and a failure is not retried: the alert waits in
                    // the outbox for whoever delivers next.
                    state.Stopping.ThrowIfCancellationRequested();
                    try
                    {
                        await state.Sink.DeliverAsync(state.Batch, token).ConfigureAwait(false);
                    }
                    catch (Exception ex) when (state.Stopping.IsCancellationRequested && ex is not OperationCanceledException)
                    {
                        throw new OperationCanceledException("stopping: the alert stays in the outbox", ex, state.Stopping);
                    }
                },
                (Sink: sink, Batch: new Alert[] { item.Alert }, Stopping: stopping),
                grace.Token).ConfigureAwait(false);
            return null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !(stopping.IsCancellationRequested || abort.IsCancellationRequested))
        {
            // Whatever the remote side did, the alert is simply not delivered yet: it stays first in line. Only the
            // message is kept (sinks redact theirs); inner exceptions and stack traces could carry secrets.
            return $"alert {item.AlertId} ({item.Alert.Type}) not delivered: {Describe(ex)}";
        }
    }

    /// <summary>The breaker's own exception says only that the circuit is open; the failure that opened it is what an
    /// operator needs. It is kept only when it is a sink's <see cref="AlertDeliveryException"/>, whose text the sink
    /// has already stripped of secrets.</summary>
    private static string Describe(Exception exception) => exception is BrokenCircuitException { InnerException: AlertDeliveryException cause }
        ? $"circuit open after: {cause.Message}"
        : $"{exception.GetType().Name}: {exception.Message}";

    private void Record(int delivered, long pending, string? failure)
    {
        var now = timeProvider.GetCurrentInstant();
        var previous = Status;
        var next = failure is null
            ? previous with
            {
                Pending = pending,
                DeliveredTotal = previous.DeliveredTotal + delivered,
                LastPassDelivered = delivered,
                ConsecutiveFailures = 0,
                LastDeliveryTime = delivered > 0 ? now : previous.LastDeliveryTime,
            }
            : previous with
            {
                Pending = pending,
                DeliveredTotal = previous.DeliveredTotal + delivered,
                LastPassDelivered = delivered,
                ConsecutiveFailures = previous.ConsecutiveFailures + 1,
                LastFailure = failure,
                LastFailureTime = now,
                LastDeliveryTime = delivered > 0 ? now : previous.LastDeliveryTime,
            };
        Volatile.Write(ref status, next);
        if (delivered > 0 || failure is not null)
        {
            progress?.Report(next);
        }
    }

    private async Task WaitForWorkAsync(Task woken, CancellationToken cancellationToken)
    {
        using var stopDelay = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var delay = Task.Delay(options.PollInterval, timeProvider, stopDelay.Token);
        await Task.WhenAny(woken, delay).ConfigureAwait(false);
        await stopDelay.CancelAsync().ConfigureAwait(false);
    }

    private static TaskCompletionSource NewWake() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
