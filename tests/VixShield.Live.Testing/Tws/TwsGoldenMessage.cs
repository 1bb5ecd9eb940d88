namespace VixShield.Live.Testing.Tws;

/// <summary>One recorded message of a golden conversation (a line of <c>NAME.c2s.jsonl</c> or <c>NAME.s2c.jsonl</c>).</summary>
/// <param name="MessageId">The message id (not part of <paramref name="Fields"/>).</param>
/// <param name="Name">The official message name, e.g. PLACE_ORDER.</param>
/// <param name="Fields">The fields after the id, as text.</param>
/// <param name="Labels">Official field names (client messages only; empty for server messages).</param>
/// <param name="Why">What made the scripted server send it (server messages only).</param>
public sealed record TwsGoldenMessage(
    int MessageId, string Name, IReadOnlyList<string> Fields, IReadOnlyList<string> Labels, string Why)
{
    /// <summary>The field labelled <paramref name="label"/>; throws naming the labels when absent.</summary>
    public string Field(string label)
    {
        for (var i = 0; i < Labels.Count; i++)
        {
            if (Labels[i] == label)
            {
                return Fields[i];
            }
        }

        throw new KeyNotFoundException($"{Name} has no field '{label}'; labels: {string.Join(",", Labels)}");
    }
}
