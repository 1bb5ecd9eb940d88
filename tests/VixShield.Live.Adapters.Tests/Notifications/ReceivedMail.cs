using System.Text;

namespace VixShield.Live.Adapters.Tests.Notifications;

/// <summary>One message as the loopback SMTP server received it.</summary>
internal sealed record ReceivedMail(string From, IReadOnlyList<string> Recipients, string Data)
{
    /// <summary>The message body after the headers, with quoted-printable soft breaks and escapes undone.</summary>
    public string DecodedBody()
    {
        var body = Data[(Data.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)..].Replace("=\r\n", string.Empty, StringComparison.Ordinal);
        var bytes = new List<byte>();
        for (var i = 0; i < body.Length; i++)
        {
            if (body[i] == '=' && i + 2 < body.Length && Uri.IsHexDigit(body[i + 1]) && Uri.IsHexDigit(body[i + 2]))
            {
                bytes.Add(Convert.ToByte(body.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(body[i].ToString()));
            }
        }

        return Encoding.UTF8.GetString([.. bytes]);
    }

    public string Header(string name)
    {
        var headers = Data[..Data.IndexOf("\r\n\r\n", StringComparison.Ordinal)].Replace("\r\n ", " ", StringComparison.Ordinal).Replace("\r\n\t", " ", StringComparison.Ordinal);
        foreach (var line in headers.Split("\r\n"))
        {
            if (line.StartsWith(name + ":", StringComparison.OrdinalIgnoreCase))
            {
                return line[(name.Length + 1)..].Trim();
            }
        }

        return string.Empty;
    }
}
