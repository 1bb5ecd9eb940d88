using System.Buffers;
using VixShield.Live.Abstractions.Alerts;
using VixShield.Live.Adapters.Notifications.Formatting;
using VixShield.Live.Domain.Alerts;

namespace VixShield.Live.Adapters.Notifications.Files;

/// <summary>Appends every alert as one JSON object per line to a file (the machine-readable event log).</summary>
/// <remarks>
/// <para>The file is opened for append and shared for reading, so operators can <c>tail -f</c> it and a restart
/// never truncates history. Each batch is written with one call and flushed to the OS.</para>
/// <para>On opening, a last line without its newline (a write cut short by a crash or a full disk) is removed: appending
/// after it would glue the next alert onto it and leave a line no JSON reader accepts. The alert it belonged to was never
/// recorded as written, so the event log's catch-up writes it again whole (see <c>EventLogDelivery</c>).</para>
/// </remarks>
public sealed class JsonlFileAlertSink : IAlertSink, IAsyncDisposable
{
    /// <summary>The longest last line looked at on opening; an alert line is far shorter.</summary>
    private const int LastLineLimit = 1024 * 1024;

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

        (LastLineAtOpen, TornBytesRemoved) = InspectEnd(Path);
        stream = new FileStream(Path, FileMode.Append, FileAccess.Write, FileShare.Read, 1, FileOptions.None);
        this.minimumSeverity = minimumSeverity;
    }

    public string Name => "jsonl";

    public string Path { get; }

    /// <summary>The file's last complete line (newline included) when it was opened; empty for a new or empty file,
    /// or for a device such as <c>/dev/null</c>.</summary>
    public ReadOnlyMemory<byte> LastLineAtOpen { get; }

    /// <summary>How many bytes of an unfinished last line were removed on opening (0 almost always).</summary>
    public long TornBytesRemoved { get; }

    /// <summary>True when the alert's severity reaches this log's minimum, so it gets a line.</summary>
    public bool Writes(Alert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        return alert.Severity >= minimumSeverity;
    }

    /// <summary>The exact bytes (newline included) this sink writes for <paramref name="alert"/>.</summary>
    public static byte[] Line(Alert alert)
    {
        var line = new ArrayBufferWriter<byte>(512);
        AlertJson.WriteLine(line, alert);
        return line.WrittenSpan.ToArray();
    }

    public async Task DeliverAsync(IReadOnlyList<Alert> batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        buffer.ResetWrittenCount();
        foreach (var alert in batch)
        {
            if (Writes(alert))
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

    /// <summary>Pushes what was written through the OS to the disk (fsync), so it survives a power cut.</summary>
    public Task FlushAsync(CancellationToken cancellationToken)
    {
        stream.Flush(flushToDisk: true);
        return Task.CompletedTask;
    }

    public ValueTask DisposeAsync() => stream.DisposeAsync();

    /// <summary>Reads the last complete line and cuts off an unfinished one. Only regular files with content are
    /// opened: a device or a pipe reports length 0, and reading one could block or never end.</summary>
    private static (ReadOnlyMemory<byte> LastLine, long TornBytes) InspectEnd(string path)
    {
        var file = new FileInfo(path);
        if (!file.Exists || file.Length == 0)
        {
            return (ReadOnlyMemory<byte>.Empty, 0);
        }

        using var inspect = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.Read, 1, FileOptions.None);
        var length = inspect.Length;
        var tailLength = (int)Math.Min(length, LastLineLimit);
        var tail = new byte[tailLength];
        inspect.Position = length - tailLength;
        inspect.ReadExactly(tail);
        var lastNewline = Array.LastIndexOf(tail, (byte)'\n');
        var torn = 0L;
        if (lastNewline != tailLength - 1)
        {
            if (lastNewline < 0 && tailLength < length)
            {
                throw new IOException(
                    $"the event log '{path}' ends with a line longer than {LastLineLimit} bytes without a newline; it is not an alert log this daemon wrote");
            }

            torn = tailLength - 1 - lastNewline;
            inspect.SetLength(length - torn);
            inspect.Flush(flushToDisk: true);
        }

        if (lastNewline < 0)
        {
            return (ReadOnlyMemory<byte>.Empty, torn);
        }

        var start = lastNewline == 0 ? 0 : Array.LastIndexOf(tail, (byte)'\n', lastNewline - 1) + 1;
        return (tail.AsMemory(start, lastNewline + 1 - start), torn);
    }
}
