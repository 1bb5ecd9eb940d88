using System.Collections.Concurrent;
using NodaTime;
using Polly;
using VixShield.Live.Abstractions.Time;
using VixShield.Live.Adapters.Notifications.Outbox;
using VixShield.Live.Adapters.Notifications.Webhooks;
using VixShield.Live.Adapters.Sqlite;
using VixShield.Live.Adapters.Sqlite.Outbox;
using VixShield.Live.Adapters.Tests.Sqlite;

namespace VixShield.Live.Adapters.Tests.Notifications;

/// <summary>The real chain for delivery tests: SQLite outbox on a temp file, webhook sink against a loopback endpoint,
/// the production resilience pipeline on a watched manual clock.</summary>
internal sealed class DeliveryRig : IAsyncDisposable
{
    public const string SecretPath = "/hooks/T42/B42/VerySecretWebhookToken";

    private readonly StateDirectory directory = new();
    private readonly HttpClient httpClient = new();

    public DeliveryRig(AlertDeliveryOptions? options = null)
    {
        Options = options ?? new AlertDeliveryOptions();
        Time = new ObservedTimeProvider(new ManualTimeProvider(Instant.FromUtc(2026, 3, 2, 14, 30)));
        Sink = new WebhookAlertSink(httpClient, new WebhookAlertOptions { Url = Server.Url(SecretPath) }, DateTimeZoneProviders.Tzdb["America/New_York"]);
        Reopen();
    }

    public AlertDeliveryOptions Options { get; }

    public ObservedTimeProvider Time { get; }

    public LoopbackHttpServer Server { get; } = new();

    public WebhookAlertSink Sink { get; }

    public SqliteStateDatabase Database { get; private set; } = null!;

    public SqliteAlertOutbox Outbox { get; private set; } = null!;

    public OutboxDeliveryService Service { get; private set; } = null!;

    public ConcurrentQueue<OutboxDeliveryStatus> Reports { get; } = new();

    /// <summary>True for the timers a test may run down at once: everything except an attempt's timeout.</summary>
    public bool IsNotAttemptTimeout(TimeSpan due) => due != Options.AttemptTimeout;

    /// <summary>Simulates a restart: closes the database and builds outbox, pipeline and worker anew on the same file.</summary>
    public void Reopen()
    {
        Database?.Dispose();
        Database = SqliteStateDatabase.Open(directory.Folder, new SqliteStateOptions(), Time);
        Outbox = new SqliteAlertOutbox(Database, [Sink.Name]);
        var pipeline = new ResiliencePipelineBuilder { TimeProvider = Time }.AddAlertDelivery(Options, new Random(42)).Build();
        Service = new OutboxDeliveryService(Outbox, Sink, pipeline, Options, Time, new SynchronousProgress(Reports));
    }

    public async ValueTask DisposeAsync()
    {
        Database.Dispose();
        httpClient.Dispose();
        await Server.DisposeAsync();
        directory.Dispose();
    }

    private sealed class SynchronousProgress(ConcurrentQueue<OutboxDeliveryStatus> reports) : IProgress<OutboxDeliveryStatus>
    {
        public void Report(OutboxDeliveryStatus value) => reports.Enqueue(value);
    }
}
