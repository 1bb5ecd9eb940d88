using System.Text.Json;
using VixShield.Live.Abstractions.Execution;
using VixShield.Live.Abstractions.State;
using VixShield.Live.Abstractions.State.Json;
using VixShield.Live.Abstractions.Time;
using VixShield.Live.Domain.Orders;

namespace VixShield.Live.Engine.Execution;

/// <summary>The broker path's write-ahead record: every order is journaled as an intent before it goes to the venue, and
/// the venue's answer after, both keyed by the client order id.</summary>
/// <remarks>
/// <para>An order whose intent is already journaled (an earlier run sent it, or tried to) is never sent again: it is
/// answered <see cref="AcknowledgementStatus.Duplicate"/> with what the journal knows. A crash between the intent and the
/// answer leaves an intent without an answer, which <see cref="OrderIntentReconciler"/> settles at the next start by
/// asking the venue. So an order reaches the venue at most once, whatever the moment of a crash.</para>
/// <para>Cancels are not journaled: a repeated cancel is harmless (the venue refuses a cancel of a finished order).
/// Queries go straight to the venue.</para>
/// </remarks>
public sealed class JournalingExecutionAdapter(IExecutionAdapter venue, IEventJournal journal, TimeProvider timeProvider) : IExecutionAdapter
{
    private readonly IExecutionAdapter venue = venue ?? throw new ArgumentNullException(nameof(venue));
    private readonly IEventJournal journal = journal ?? throw new ArgumentNullException(nameof(journal));
    private readonly TimeProvider timeProvider = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));

    public string Name => venue.Name;

    public string AccountId => venue.AccountId;

    public bool IsPaperAccount => venue.IsPaperAccount;

    public async Task<OrderAcknowledgement> SubmitAsync(SubmitOrder order, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        var id = order.ClientOrderId;
        var intent = new NewJournalEntry(JournalEntryKind.OrderIntent, timeProvider.GetCurrentInstant(), id.Value, JsonSerializer.Serialize(order, StateJson.Options));
        var outcome = (await journal.AppendAsync([intent], cancellationToken).ConfigureAwait(false))[0];
        if (!outcome.IsAppended)
        {
            return OrderAcknowledgement.Duplicate(id, await DescribeEarlierAsync(id, outcome, cancellationToken).ConfigureAwait(false), timeProvider.GetCurrentInstant());
        }

        var acknowledgement = await venue.SubmitAsync(order, cancellationToken).ConfigureAwait(false);
        var kind = acknowledgement.Status switch
        {
            AcknowledgementStatus.Accepted => JournaledAnswerKind.Accepted,
            AcknowledgementStatus.Rejected => JournaledAnswerKind.Rejected,
            _ => JournaledAnswerKind.Duplicate,
        };
        await AnswerAsync(journal, id, acknowledgement.Time, new JournaledAnswer(kind, acknowledgement.Reason, null), cancellationToken).ConfigureAwait(false);
        return acknowledgement;
    }

    public Task<OrderAcknowledgement> CancelAsync(CancelOrder cancel, CancellationToken cancellationToken) => venue.CancelAsync(cancel, cancellationToken);

    public Task<IReadOnlyList<OrderReport>> GetOpenOrdersAsync(CancellationToken cancellationToken) => venue.GetOpenOrdersAsync(cancellationToken);

    public Task<IReadOnlyList<PositionReport>> GetPositionsAsync(CancellationToken cancellationToken) => venue.GetPositionsAsync(cancellationToken);

    public Task<OrderStatus?> FindOrderAsync(ClientOrderId clientOrderId, CancellationToken cancellationToken) =>
        venue.FindOrderAsync(clientOrderId, cancellationToken);

    /// <summary>Journals the answer to the intent keyed <paramref name="id"/>.</summary>
    internal static Task AnswerAsync(IEventJournal journal, ClientOrderId id, NodaTime.Instant time, JournaledAnswer answer, CancellationToken cancellationToken) =>
        journal.AppendAsync(
            [new NewJournalEntry(JournalEntryKind.OrderAcknowledgement, time, id.Value, JsonSerializer.Serialize(answer, StateJson.Options))],
            cancellationToken);

    private async Task<string> DescribeEarlierAsync(ClientOrderId id, JournalAppendOutcome outcome, CancellationToken cancellationToken)
    {
        var answer = await journal.FindAsync(JournalEntryKind.OrderAcknowledgement, id.Value, cancellationToken).ConfigureAwait(false);
        var what = outcome.Status == JournalAppendStatus.Conflict
            ? $"a different order with client order id {id} was journaled at entry {outcome.Sequence}"
            : $"order {id} was journaled at entry {outcome.Sequence}";
        var answered = answer is null ? "with no answer yet" : "and answered " + answer.Payload;
        return $"{what} {answered}; it is not sent again";
    }
}
