using System.Globalization;
using Microsoft.Data.Sqlite;
using VixShield.Live.Abstractions.State;
using VixShield.Live.Abstractions.Time;
using VixShield.Live.Adapters.Sqlite.Journal;
using VixShield.Live.Adapters.Sqlite.Storage;
using VixShield.Live.Domain.Alerts;

namespace VixShield.Live.Adapters.Sqlite.Outbox;

/// <summary>The alert outbox: alerts are journal entries of kind <c>alert</c>, and each destination's delivery
/// position is a row of <c>outbox_position</c> (everything up to it was accepted by that destination).</summary>
/// <remarks>
/// Destinations are registered when the outbox is constructed, before anything is enqueued: a destination seen for
/// the first time starts after the alerts already stored, so adding an email address months later does not mail out
/// the history, while a known destination resumes exactly where it stopped.
/// </remarks>
public sealed class SqliteAlertOutbox : IAlertOutbox
{
    private readonly SqliteStateDatabase database;
    private readonly HashSet<string> destinations;

    /// <param name="destinations">The names of the remote sinks to deliver to (their <c>IAlertSink.Name</c>).</param>
    public SqliteAlertOutbox(SqliteStateDatabase database, IEnumerable<string> destinations)
    {
        this.database = database ?? throw new ArgumentNullException(nameof(database));
        ArgumentNullException.ThrowIfNull(destinations);
        this.destinations = new HashSet<string>(StringComparer.Ordinal);
        foreach (var destination in destinations)
        {
            if (string.IsNullOrWhiteSpace(destination) || destination.Length > 100 || destination.Trim() != destination)
            {
                throw new ArgumentException($"outbox destination '{destination}' must be 1 to 100 characters without surrounding spaces", nameof(destinations));
            }

            if (!this.destinations.Add(destination))
            {
                throw new ArgumentException($"outbox destination '{destination}' is listed twice; each sink needs its own name", nameof(destinations));
            }
        }

        var now = InstantText.Format(database.TimeProvider.GetCurrentInstant());
        database.Execute("register the outbox destinations", connection =>
        {
            using var transaction = connection.BeginTransaction();
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = """
                INSERT INTO outbox_position (destination, delivered_through, updated_time)
                SELECT $destination, coalesce(max(sequence), 0), $now FROM journal WHERE kind = 'alert'
                ON CONFLICT (destination) DO NOTHING;
                """;
            var name = command.Parameters.Add("$destination", SqliteType.Text);
            command.Parameters.AddWithValue("$now", now);
            foreach (var destination in this.destinations)
            {
                name.Value = destination;
                command.ExecuteNonQuery();
            }

            transaction.Commit();
            return true;
        });
    }

    public IReadOnlyCollection<string> Destinations => destinations;

    public Task<IReadOnlyList<JournalAppendOutcome>> EnqueueAsync(IReadOnlyList<Alert> alerts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(alerts);
        var rows = new JournalRow[alerts.Count];
        for (var i = 0; i < alerts.Count; i++)
        {
            var alert = alerts[i] ?? throw new ArgumentException($"alert {i} of the batch is null", nameof(alerts));
            var payload = AlertPayload.Write(alert);
            rows[i] = new JournalRow(JournalKindNames.Alert, alert.EventTime, AlertPayload.Id(alert, payload), payload);
        }

        if (rows.Length == 0)
        {
            return Task.FromResult<IReadOnlyList<JournalAppendOutcome>>([]);
        }

        var recordedTime = InstantText.Format(database.TimeProvider.GetCurrentInstant());
        return database.ExecuteAsync<IReadOnlyList<JournalAppendOutcome>>(
            "store alerts in the outbox", connection => JournalTable.Append(connection, rows, recordedTime), cancellationToken);
    }

    public Task<IReadOnlyList<OutboxAlert>> ReadUndeliveredAsync(string destination, int maxCount, CancellationToken cancellationToken)
    {
        CheckDestination(destination);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxCount, 1);
        return database.ExecuteAsync<IReadOnlyList<OutboxAlert>>("read undelivered alerts", connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = """
                SELECT journal.sequence, journal.idempotency_key, journal.payload
                FROM journal JOIN outbox_position ON outbox_position.destination = $destination
                WHERE journal.kind = 'alert' AND journal.sequence > outbox_position.delivered_through
                ORDER BY journal.sequence
                LIMIT $max;
                """;
            command.Parameters.AddWithValue("$destination", destination);
            command.Parameters.AddWithValue("$max", maxCount);
            using var reader = command.ExecuteReader();
            var alerts = new List<OutboxAlert>();
            while (reader.Read())
            {
                var sequence = reader.GetInt64(0);
                alerts.Add(new OutboxAlert(sequence, reader.GetString(1), ReadAlert(sequence, reader.GetString(2))));
            }

            return alerts;
        }, cancellationToken);
    }

    public Task MarkDeliveredAsync(string destination, long sequence, CancellationToken cancellationToken)
    {
        CheckDestination(destination);
        var now = InstantText.Format(database.TimeProvider.GetCurrentInstant());
        return database.ExecuteAsync("mark alerts delivered", connection =>
        {
            using var transaction = connection.BeginTransaction();
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "SELECT delivered_through FROM outbox_position WHERE destination = $destination;";
            command.Parameters.AddWithValue("$destination", destination);
            var position = (long)command.ExecuteScalar()!;
            if (sequence == position)
            {
                return true;
            }

            if (sequence < position)
            {
                throw new InvalidOperationException(
                    $"'{destination}' has already accepted alerts up to journal sequence {position}; marking {sequence} would move its position back");
            }

            command.CommandText = "SELECT kind FROM journal WHERE sequence = $sequence;";
            command.Parameters.AddWithValue("$sequence", sequence);
            if (command.ExecuteScalar() is not JournalKindNames.Alert)
            {
                throw new InvalidOperationException($"journal sequence {sequence} is not an alert, so it cannot be marked delivered to '{destination}'");
            }

            command.CommandText = "UPDATE outbox_position SET delivered_through = $sequence, updated_time = $now WHERE destination = $destination;";
            command.Parameters.AddWithValue("$now", now);
            command.ExecuteNonQuery();
            transaction.Commit();
            return true;
        }, cancellationToken);
    }

    /// <remarks>An alert's key is its sequence, a dash and its fingerprint (<see cref="AlertPayload.Id"/>), so the number is
    /// read from the key rather than from every payload.</remarks>
    public Task<long> GetLastAlertSequenceAsync(CancellationToken cancellationToken) =>
        database.ExecuteAsync("read the last alert sequence", connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = """
                SELECT coalesce(max(CAST(substr(idempotency_key, 1, instr(idempotency_key, '-') - 1) AS INTEGER)), 0)
                FROM journal WHERE kind = 'alert';
                """;
            return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        }, cancellationToken);

    public Task<long> CountUndeliveredAsync(string destination, CancellationToken cancellationToken)
    {
        CheckDestination(destination);
        return database.ExecuteAsync("count undelivered alerts", connection =>
        {
            using var command = connection.CreateCommand();
            command.CommandText = """
                SELECT count(*) FROM journal JOIN outbox_position ON outbox_position.destination = $destination
                WHERE journal.kind = 'alert' AND journal.sequence > outbox_position.delivered_through;
                """;
            command.Parameters.AddWithValue("$destination", destination);
            return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        }, cancellationToken);
    }

    private void CheckDestination(string destination)
    {
        ArgumentNullException.ThrowIfNull(destination);
        if (!destinations.Contains(destination))
        {
            throw new InvalidOperationException(
                $"'{destination}' is not a registered outbox destination; registered: {string.Join(", ", destinations.Order(StringComparer.Ordinal))}");
        }
    }

    private Alert ReadAlert(long sequence, string payload)
    {
        try
        {
            return AlertPayload.Read(payload);
        }
        catch (FormatException ex)
        {
            throw new StateStoreException(database.FilePath, $"the alert at journal sequence {sequence} cannot be read ({ex.Message})", ex);
        }
    }
}
