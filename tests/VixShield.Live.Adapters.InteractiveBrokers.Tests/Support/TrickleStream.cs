namespace VixShield.Live.Adapters.InteractiveBrokers.Tests.Support;

/// <summary>A read-only stream over fixed bytes that returns at most <c>chunk</c> bytes per read, like a slow socket.</summary>
internal sealed class TrickleStream(byte[] data, int chunk) : Stream
{
    private int position;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => data.Length;

    public override long Position
    {
        get => position;
        set => throw new NotSupportedException();
    }

    public int Reads { get; private set; }

    public override int Read(byte[] buffer, int offset, int count)
    {
        Reads++;
        var taken = Math.Min(Math.Min(count, chunk), data.Length - position);
        Array.Copy(data, position, buffer, offset, taken);
        position += taken;
        return taken;
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Reads++;
        var taken = Math.Min(Math.Min(buffer.Length, chunk), data.Length - position);
        data.AsSpan(position, taken).CopyTo(buffer.Span);
        position += taken;
        return ValueTask.FromResult(taken);
    }

    public override void Flush() => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
