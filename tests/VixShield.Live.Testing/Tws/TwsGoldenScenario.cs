using System.Text.Json;

namespace VixShield.Live.Testing.Tws;

/// <summary>A golden scenario (<c>quotes</c>, <c>condor</c>, <c>vixcall</c>, <c>refdata</c>) read in place from shared/tws-golden.</summary>
public sealed class TwsGoldenScenario
{
    private TwsGoldenScenario(
        string name,
        string handshakeVersionText,
        int negotiatedVersion,
        IReadOnlyList<TwsGoldenMessage> clientMessages,
        IReadOnlyList<TwsGoldenMessage> serverMessages,
        IReadOnlyList<TwsGoldenPeerEvent> peerEvents)
    {
        Name = name;
        HandshakeVersionText = handshakeVersionText;
        NegotiatedVersion = negotiatedVersion;
        ClientMessages = clientMessages;
        ServerMessages = serverMessages;
        PeerEvents = peerEvents;
    }

    public static IReadOnlyList<string> Names { get; } = ["quotes", "condor", "vixcall", "refdata"];

    public string Name { get; }

    /// <summary>The handshake's version text, e.g. <c>v100..193</c>.</summary>
    public string HandshakeVersionText { get; }

    public int NegotiatedVersion { get; }

    /// <summary>Framed client messages after the handshake, in order.</summary>
    public IReadOnlyList<TwsGoldenMessage> ClientMessages { get; }

    public IReadOnlyList<TwsGoldenMessage> ServerMessages { get; }

    public IReadOnlyList<TwsGoldenPeerEvent> PeerEvents { get; }

    /// <summary>Path of the scripted server's rules for this scenario (<c>NAME.json</c>).</summary>
    public string ScriptPath => TwsGolden.Path(Name + ".json");

    public static TwsGoldenScenario Load(string name)
    {
        var handshakeText = string.Empty;
        var negotiated = 0;
        var client = new List<TwsGoldenMessage>();
        foreach (var line in ReadLines(name + ".c2s.jsonl"))
        {
            var root = line;
            if (root.TryGetProperty("kind", out var kind) && kind.GetString() == "handshake")
            {
                handshakeText = root.GetProperty("versionText").GetString() ?? string.Empty;
                negotiated = root.GetProperty("negotiated").GetInt32();
                continue;
            }

            client.Add(ReadMessage(root));
        }

        var server = ReadLines(name + ".s2c.jsonl").Select(ReadMessage).ToList();
        var peer = ReadLines(name + ".peer-events.jsonl")
            .Select(line => new TwsGoldenPeerEvent(
                line.GetProperty("event").GetString() ?? string.Empty,
                line.GetProperty("args").EnumerateArray().ToList()))
            .ToList();
        return new TwsGoldenScenario(name, handshakeText, negotiated, client, server, peer);
    }

    private static TwsGoldenMessage ReadMessage(JsonElement root)
    {
        var fields = root.GetProperty("fields").EnumerateArray().Select(field => field.GetString() ?? string.Empty).ToList();
        var labels = root.TryGetProperty("labels", out var labelArray)
            ? labelArray.EnumerateArray().Select(label => label.GetString() ?? string.Empty).ToList()
            : [];
        var why = root.TryGetProperty("why", out var reason) ? reason.GetString() ?? string.Empty : string.Empty;
        return new TwsGoldenMessage(
            root.GetProperty("msgId").GetInt32(), root.GetProperty("name").GetString() ?? string.Empty, fields, labels, why);
    }

    private static List<JsonElement> ReadLines(string fileName)
    {
        var path = TwsGolden.Path(fileName);
        var documents = new List<JsonElement>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                using var document = JsonDocument.Parse(line);
                documents.Add(document.RootElement.Clone());
            }
            catch (JsonException exception)
            {
                throw new InvalidDataException($"{path} line {lineNumber}: not valid JSON ({exception.Message})", exception);
            }
        }

        return documents;
    }
}
