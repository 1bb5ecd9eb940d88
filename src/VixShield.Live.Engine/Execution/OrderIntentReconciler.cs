using System.Text.Json;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using VixShield.Live.Abstractions.Execution;
using VixShield.Live.Abstractions.State;
using VixShield.Live.Abstractions.State.Json;
using VixShield.Live.Abstractions.Time;
using VixShield.Live.Domain.Alerts;
using VixShield.Live.Domain.Orders;

namespace VixShield.Live.Engine.Execution;

/// <summary>At start, before the first order: settles every order intent the journal holds without an answer (a crash
/// came between sending and journaling the venue's answer) by asking the venue, never by sending it again.</summary>
/// <remarks>The venue must have reconciled its own view first (the Interactive Brokers adapter reads TWS's open orders and
/// today's executions by <c>orderRef</c> in its start). An order the venue has is journaled as
/// <see cref="JournaledAnswerKind.FoundAtVenue"/>; one it does not know as <see cref="JournaledAnswerKind.UnknownToVenue"/>,
/// reported as a rejection (an alert) for the operator to decide on.</remarks>
public sealed class OrderIntentReconciler(
    IEventJournal journal,
    IExecutionAdapter venue,
    ChannelWriter<ExecutionEvent> events,
    TimeProvider timeProvider,
    ILogger<OrderIntentReconciler> logger)
{
    /// <returns>How many intents were settled.</returns>
    public async Task<int> ReconcileAsync(CancellationToken cancellationToken)
    {
        var unanswered = await journal.ReadUnmatchedAsync(JournalEntryKind.OrderIntent, JournalEntryKind.OrderAcknowledgement, cancellationToken)
            .ConfigureAwait(false);
        foreach (var intent in unanswered)
        {
            var id = ClientOrderId.TryParse(intent.IdempotencyKey, out var parsed)
                ? parsed
                : throw new InvalidDataException($"journal entry {intent.Sequence} is an order intent keyed '{intent.IdempotencyKey}', which is not a client order id");
            var order = Read(intent);
            var status = await venue.FindOrderAsync(id, cancellationToken).ConfigureAwait(false);
            var now = timeProvider.GetCurrentInstant();
            if (status is { } found)
            {
                await JournalingExecutionAdapter.AnswerAsync(journal, id, now,
                    new JournaledAnswer(JournaledAnswerKind.FoundAtVenue, $"the answer was lost in a restart; {venue.Name} has the order ({found})", found),
                    cancellationToken).ConfigureAwait(false);
                logger.LogInformation(
                    "Order {ClientOrderId} ({Order}), journaled at {IntentTime} without an answer, was sent before the restart: {Venue} has it as {Status}; not sent again",
                    id, order, intent.EventTime, venue.Name, found);
                continue;
            }

            var reason = $"order {id} ({order}) was journaled at {intent.EventTime} but a restart came before {venue.Name} answered, and {venue.Name} has no " +
                "record of it: it is not sent now (the market it was decided on has passed); check the account and act by hand if needed";
            await JournalingExecutionAdapter.AnswerAsync(journal, id, now, new JournaledAnswer(JournaledAnswerKind.UnknownToVenue, reason, null), cancellationToken)
                .ConfigureAwait(false);
            logger.LogWarning("{Reason}", reason);
            await events.WriteAsync(
                new OrderRejected(id, venue.AccountId, now, order, RejectionSource.Adapter, reason,
                    [AlertValue.Of("client_order_id", id.Value), AlertValue.Of("reconciliation", "unknown to the venue after a restart")]),
                cancellationToken).ConfigureAwait(false);
        }

        if (unanswered.Count > 0)
        {
            logger.LogInformation("Reconciled {Count} order intent(s) left without an answer by the last stop", unanswered.Count);
        }

        return unanswered.Count;
    }

    private static SubmitOrder Read(JournalEntry intent)
    {
        try
        {
            return JsonSerializer.Deserialize<SubmitOrder>(intent.Payload, StateJson.Options)
                ?? throw new InvalidDataException($"journal entry {intent.Sequence} (order intent {intent.IdempotencyKey}) is the JSON literal null");
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"journal entry {intent.Sequence} (order intent {intent.IdempotencyKey}) cannot be read: {exception.Message}", exception);
        }
    }
}
