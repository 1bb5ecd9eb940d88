namespace VixShield.Live.Adapters.InteractiveBrokers.Parsing;

/// <summary>
/// The bytes from TWS broke the wire protocol: a frame longer than <see cref="TwsFraming.MaximumPayloadLength"/>,
/// a frame cut off by the end of the stream, a missing field terminator, or a field whose text does not parse as
/// the type its position requires.
/// </summary>
/// <remarks>
/// The one error type for malformed input. The client closes the connection when it sees one (the stream position
/// can no longer be trusted) and reports it in <c>ConnectionLost</c>; it is never skipped silently.
/// </remarks>
public sealed class TwsProtocolException : Exception
{
    public TwsProtocolException()
        : this("TWS protocol error")
    {
    }

    public TwsProtocolException(string message)
        : base(message)
    {
    }

    public TwsProtocolException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public TwsProtocolException(string message, int? messageId, string? fieldName, int? fieldIndex)
        : base(message)
    {
        MessageId = messageId;
        FieldName = fieldName;
        FieldIndex = fieldIndex;
    }

    /// <summary>Incoming message id of the frame being decoded, when it was known.</summary>
    public int? MessageId { get; }

    /// <summary>Name of the offending field (the official field name), when the error is about one field.</summary>
    public string? FieldName { get; }

    /// <summary>Zero-based position of the offending field in the frame (0 is the message id).</summary>
    public int? FieldIndex { get; }
}
