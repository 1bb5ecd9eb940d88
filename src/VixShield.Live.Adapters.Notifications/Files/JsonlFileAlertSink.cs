using System.Buffers;
using VixShield.Live.Abstractions.Alerts;
using VixShield.Live.Adapters.Notifications.Formatting;
using VixShield.Live.Domain.Alerts;

namespace VixShield.Live.Adapters.Notifications.Files;

/// <summary>Appends every alert as one JSON object per line to a file (the machine-readable event log).</summary>
/// <remarks>The file is opened for append and shared for reading, so operators can <c>tail -f</c> it and a restart
/// never truncates history. Each batch is written with one call and flushed to the OS.</remarks>
public sealed class JsonlFileAlertSink : IAlertSink, IAsyncDisposable
{
    private readonly FileStream stream;
    private readonly ArrayBufferWriter<byte> buffer = new(64 * 1024);
    private readonly AlertSeverity minimumSeverity;

    public JsonlFileAlertSink(string path, AlertSeverity minimumSeverity)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Path = System.IO.Path.GetFullPath(path);
        var directory = System.IO.Path.GetDirectoryName(Path);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        stream = new FileStream(Path, FileMode.Append, FileAccess.Write, FileShare.Read, 1, FileOptions.None);
        this.minimumSeverity = minimumSeverity;
    }

    public string Name => "jsonl";

    public string Path { get; }

    public async Task DeliverAsync(IReadOnlyList<Alert> batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        buffer.ResetWrittenCount();
        foreach (var alert in batch)
        {
            if (alert.Severity >= minimumSeverity)
            {
                AlertJson.WriteLine(buffer, alert);
            }
        }

        if (buffer.WrittenCount > 0)
        {
            await stream.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
            await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public Task FlushAsync(CancellationToken cancellationToken)
    {
        stream.Flush(flushToDisk: true);
        return Task.CompletedTask;
    }

    public ValueTask DisposeAsync() => stream.DisposeAsync();
}
