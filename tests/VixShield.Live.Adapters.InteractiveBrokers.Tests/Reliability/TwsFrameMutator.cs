using System.Text;
using VixShield.Live.Adapters.InteractiveBrokers.Parsing;
using VixShield.Live.Adapters.InteractiveBrokers.Tests.Support;
using VixShield.Live.Testing.Tws;

namespace VixShield.Live.Adapters.InteractiveBrokers.Tests.Reliability;

/// <summary>Seeded random TWS payloads: recorded server messages mutated field by field and byte by byte, and pure noise.</summary>
/// <remarks>The seed corpus is every server message of the golden conversations, so mutations start from frames the
/// decoder really meets; the field dictionary holds the values TWS and broken peers are known to send (sentinels, NaN,
/// overflowing numbers, huge list counts, escapes cut short).</remarks>
internal sealed class TwsFrameMutator(Random random)
{
    /// <summary>Every incoming message id the decoder knows, so a mutated id still reaches a layout.</summary>
    public static readonly int[] KnownMessageIds = [1, 2, 3, 4, 5, 9, 10, 11, 15, 17, 21, 45, 46, 49, 52, 53, 55, 57, 58, 59, 61, 62, 75, 76, 81];

    private static readonly string[] Tokens =
    [
        string.Empty, "0", "1", "-1", "-2", "2", "3", "4", "5", "6", "NaN", "Infinity", "-Infinity", "1e400", "-1e400", "1e-400",
        "1.7976931348623157E308", "1.7976931348623157E+308", "2147483647", "2147483648", "-2147483649", "9223372036854775807",
        "9223372036854775808", "-9223372036854775808", "79228162514264337593543950335", "792281625142643375935439503350",
        "8388607", "16777215", "100000", "6563.45", "-6563.45", "0x10", "1,5", " 1", "1 ", "+1", "--1", "1e", ".", "BUY", "SELL",
        "SSHORT", "XYZ", "\\u", "\\u12", "\\uZZZZ", "\\u00e9\\u", "abc\\u0041", "é", "\u00ff\u00fe", "20261016 09:45:00 US/Eastern",
    ];

    private readonly List<(int Id, List<string> Fields)> corpus = TwsGoldenScenario.Names
        .Select(TwsGoldenScenario.Load)
        .SelectMany(scenario => scenario.ServerMessages)
        .Select(message => (message.MessageId, message.Fields.ToList()))
        .ToList();

    /// <summary>One payload (no length prefix) and a short description of how it was made.</summary>
    public (byte[] Payload, string Recipe) Next()
    {
        var choice = random.Next(10);
        if (choice == 0)
        {
            return (Noise(), "noise");
        }

        var (id, fields) = corpus[random.Next(corpus.Count)];
        var mutated = new List<string>(fields);
        var recipe = new StringBuilder(id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var mutations = 1 + random.Next(4);
        for (var i = 0; i < mutations; i++)
        {
            switch (random.Next(7))
            {
                case 0 when mutated.Count > 0:
                    mutated[random.Next(mutated.Count)] = Tokens[random.Next(Tokens.Length)];
                    recipe.Append(" replace");
                    break;
                case 1 when mutated.Count > 0:
                    mutated.RemoveAt(random.Next(mutated.Count));
                    recipe.Append(" drop");
                    break;
                case 2:
                    mutated.Insert(random.Next(mutated.Count + 1), Tokens[random.Next(Tokens.Length)]);
                    recipe.Append(" insert");
                    break;
                case 3 when mutated.Count > 0:
                    mutated = mutated.Take(random.Next(mutated.Count + 1)).ToList();
                    recipe.Append(" truncate");
                    break;
                case 4:
                    id = KnownMessageIds[random.Next(KnownMessageIds.Length)];
                    recipe.Append(" id=").Append(id);
                    break;
                case 5 when mutated.Count > 0:
                    var position = random.Next(mutated.Count);
                    mutated[position] = new string(mutated[position].Reverse().ToArray());
                    recipe.Append(" reverse");
                    break;
                default:
                    mutated.Add(Tokens[random.Next(Tokens.Length)]);
                    recipe.Append(" append");
                    break;
            }
        }

        var payload = Frames.Payload(id, mutated);
        if (random.Next(4) == 0)
        {
            payload = ByteLevel(payload);
            recipe.Append(" bytes");
        }

        return (payload, recipe.ToString());
    }

    /// <summary>A well-formed framed stream of <paramref name="count"/> random payloads, plus their payloads.</summary>
    public (byte[] Stream, List<byte[]> Payloads) FramedStream(int count)
    {
        var payloads = Enumerable.Range(0, count).Select(_ => Next().Payload).ToList();
        var stream = new List<byte>();
        foreach (var payload in payloads)
        {
            var prefix = new byte[TwsFraming.LengthPrefixSize];
            System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(prefix, payload.Length);
            stream.AddRange(prefix);
            stream.AddRange(payload);
        }

        return ([.. stream], payloads);
    }

    public byte[] Noise()
    {
        var bytes = new byte[random.Next(64)];
        random.NextBytes(bytes);
        return bytes;
    }

    private byte[] ByteLevel(byte[] payload)
    {
        var bytes = payload.ToList();
        var edits = 1 + random.Next(3);
        for (var i = 0; i < edits && bytes.Count > 0; i++)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(4))
            {
                case 0:
                    bytes[at] = (byte)random.Next(256);
                    break;
                case 1:
                    bytes.RemoveAt(at);
                    break;
                case 2:
                    bytes.Insert(at, 0);
                    break;
                default:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
            }
        }

        return [.. bytes];
    }
}
