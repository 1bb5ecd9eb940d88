using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading.Channels;

namespace VixShield.Live.Adapters.Tests.Notifications;

/// <summary>A minimal SMTP server on 127.0.0.1 for email tests: EHLO, optional AUTH LOGIN, MAIL, RCPT, DATA, QUIT.
/// SmtpClient carries on after a failed login, so, like a real server, this one then refuses MAIL FROM (530); it echoes
/// the rejected password in that reply, the worst a server could do, so tests see whether the sink keeps it out of its errors.</summary>
internal sealed class LoopbackSmtpServer : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stop = new();
    private readonly Channel<ReceivedMail> mail = Channel.CreateUnbounded<ReceivedMail>();
    private readonly Task acceptLoop;

    /// <param name="password">When set, the server advertises AUTH LOGIN and accepts only this password.</param>
    public LoopbackSmtpServer(string? password = null)
    {
        Password = password;
        listener.Start();
        acceptLoop = AcceptAsync();
    }

    public string? Password { get; }

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    public ChannelReader<ReceivedMail> Mail => mail.Reader;

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        listener.Stop();
        await acceptLoop;
        stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        var sessions = new List<Task>();
        try
        {
            while (true)
            {
                sessions.Add(ServeAsync(await listener.AcceptTcpClientAsync(stop.Token)));
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            await Task.WhenAll(sessions);
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                using var reader = new StreamReader(stream, Encoding.ASCII);
                var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
                await writer.WriteLineAsync("220 localhost test SMTP");
                string? from = null;
                var recipients = new List<string>();
                string? rejectedPassword = null;
                while (await reader.ReadLineAsync(stop.Token) is { } line)
                {
                    var verb = line.Split(' ', 2)[0].ToUpperInvariant();
                    switch (verb)
                    {
                        case "EHLO":
                            await writer.WriteLineAsync(Password is null ? "250 localhost" : "250-localhost\r\n250 AUTH LOGIN");
                            break;
                        case "AUTH":
                            rejectedPassword = await AuthenticateAsync(line, reader, writer);
                            break;
                        case "MAIL" when rejectedPassword is not null:
                            await writer.WriteLineAsync($"530 5.7.0 authentication required; password {rejectedPassword} was rejected");
                            break;
                        case "MAIL":
                            from = line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
                            await writer.WriteLineAsync("250 2.1.0 ok");
                            break;
                        case "RCPT":
                            recipients.Add(line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim());
                            await writer.WriteLineAsync("250 2.1.5 ok");
                            break;
                        case "DATA":
                            await writer.WriteLineAsync("354 end with <CRLF>.<CRLF>");
                            var data = new StringBuilder();
                            while (await reader.ReadLineAsync(stop.Token) is { } dataLine && dataLine != ".")
                            {
                                data.Append(dataLine.StartsWith("..", StringComparison.Ordinal) ? dataLine[1..] : dataLine).Append("\r\n");
                            }

                            mail.Writer.TryWrite(new ReceivedMail(from ?? string.Empty, [.. recipients], data.ToString()));
                            recipients.Clear();
                            await writer.WriteLineAsync("250 2.0.0 queued");
                            break;
                        case "QUIT":
                            await writer.WriteLineAsync("221 2.0.0 bye");
                            return;
                        default:
                            await writer.WriteLineAsync("250 ok");
                            break;
                    }
                }
            }
            catch (Exception ex) when (ex is OperationCanceledException or IOException or SocketException or ObjectDisposedException)
            {
                // The client hung up or the server stopped.
            }
        }
    }

    /// <returns>The password when it was wrong, else null.</returns>
    private async Task<string?> AuthenticateAsync(string line, StreamReader reader, StreamWriter writer)
    {
        var parts = line.Split(' ');
        string user;
        if (parts.Length > 2)
        {
            user = parts[2];
        }
        else
        {
            await writer.WriteLineAsync("334 VXNlcm5hbWU6");
            user = await reader.ReadLineAsync(stop.Token) ?? string.Empty;
        }

        await writer.WriteLineAsync("334 UGFzc3dvcmQ6");
        var password = Encoding.UTF8.GetString(Convert.FromBase64String(await reader.ReadLineAsync(stop.Token) ?? string.Empty));
        if (password == Password)
        {
            await writer.WriteLineAsync("235 2.7.0 authenticated");
            return null;
        }

        await writer.WriteLineAsync($"535 5.7.8 user {Encoding.UTF8.GetString(Convert.FromBase64String(user))} rejected");
        return password;
    }
}
