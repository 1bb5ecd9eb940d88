namespace VixShield.Live.Testing.Tws;

/// <summary>A client-to-server message as the fake TWS received it, with its fields named where the layout is known.</summary>
/// <param name="ConnectionNumber">1 for the first accepted connection, then +1 per connection.</param>
/// <param name="Fields">The fields after the message id, as text.</param>
public sealed record FakeTwsRequest(int ConnectionNumber, int MessageId, string Name, IReadOnlyList<string> Fields)
{
    /// <summary>The field named <paramref name="label"/> (official name), or null when this layout does not name it.</summary>
    public string? Field(string label, int serverVersion = FakeTwsServerOptions.DefaultServerVersion)
    {
        var labels = FakeTwsRequestLayouts.Labels(MessageId, serverVersion);
        var index = Array.IndexOf(labels, label);
        return index >= 0 && index < Fields.Count ? Fields[index] : null;
    }
}
