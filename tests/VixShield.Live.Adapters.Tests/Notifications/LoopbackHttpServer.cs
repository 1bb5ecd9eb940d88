using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading.Channels;

namespace VixShield.Live.Adapters.Tests.Notifications;

/// <summary>A tiny HTTP/1.1 endpoint on 127.0.0.1 for webhook tests: answers each request with the next scripted
/// reply (a status code, or never), records every request, and can go down and come back on the same port.</summary>
internal sealed class LoopbackHttpServer : IAsyncDisposable
{
    /// <summary>A reply that never comes: the connection stays open until the client gives up or the server stops.</summary>
    public const int Hang = -1;

    /// <summary>A 200 held back until <see cref="ReleaseHeld"/>: the endpoint has accepted the alert, the answer is on its way.</summary>
    public const int Held = -2;

    private readonly object gate = new();
    private readonly Queue<int> script = new();
    private readonly List<ReceivedRequest> accepted = [];
    private readonly Channel<ReceivedRequest> received = Channel.CreateUnbounded<ReceivedRequest>();
    private readonly TaskCompletionSource held = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TcpListener? listener;
    private CancellationTokenSource? running;
    private Task acceptLoop = Task.CompletedTask;

    public LoopbackHttpServer()
    {
        Start(0);
    }

    public int Port { get; private set; }

    public string Url(string path) => $"http://127.0.0.1:{Port}{path}";

    /// <summary>Every request read in full, in arrival order, whatever it was answered.</summary>
    public ChannelReader<ReceivedRequest> Received => received.Reader;

    /// <summary>The requests answered with 2xx, in order.</summary>
    public IReadOnlyList<ReceivedRequest> Accepted
    {
        get
        {
            lock (gate)
            {
                return [.. accepted];
            }
        }
    }

    /// <summary>Queues the replies for the next requests; once used up, requests get 200.</summary>
    public void Script(params int[] statusCodes)
    {
        lock (gate)
        {
            foreach (var code in statusCodes)
            {
                script.Enqueue(code);
            }
        }
    }

    /// <summary>Sends the answers held back by <see cref="Held"/>.</summary>
    public void ReleaseHeld() => held.TrySetResult();

    /// <summary>Stops listening and drops open connections: clients now get "connection refused".</summary>
    public async Task StopAsync()
    {
        if (running is null)
        {
            return;
        }

        await running.CancelAsync();
        listener!.Stop();
        await acceptLoop;
        running.Dispose();
        running = null;
    }

    /// <summary>Listens again on the same port.</summary>
    public void Restart() => Start(Port);

    public async ValueTask DisposeAsync() => await StopAsync();

    private void Start(int port)
    {
        listener = new TcpListener(IPAddress.Loopback, port);
        listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        listener.Start();
        Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        running = new CancellationTokenSource();
        acceptLoop = AcceptAsync(listener, running.Token);
    }

    private async Task AcceptAsync(TcpListener server, CancellationToken stop)
    {
        var connections = new List<Task>();
        try
        {
            while (true)
            {
                var client = await server.AcceptTcpClientAsync(stop);
                connections.Add(ServeAsync(client, stop));
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            await Task.WhenAll(connections);
        }
    }

    private async Task ServeAsync(TcpClient client, CancellationToken stop)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                var request = await ReadRequestAsync(stream, stop);
                int status;
                lock (gate)
                {
                    status = script.Count > 0 ? script.Dequeue() : 200;
                    if (status is Held or (>= 200 and < 300))
                    {
                        accepted.Add(request);
                    }
                }

                received.Writer.TryWrite(request);
                if (status == Hang)
                {
                    await Task.Delay(Timeout.Infinite, stop);
                }

                if (status == Held)
                {
                    await held.Task.WaitAsync(stop);
                    status = 200;
                }

                var body = status >= 300 ? $"failure {status} for {request.Path}" : "ok";
                var response = $"HTTP/1.1 {status} Scripted\r\nContent-Type: text/plain\r\nContent-Length: {Encoding.UTF8.GetByteCount(body)}\r\nConnection: close\r\n\r\n{body}";
                await stream.WriteAsync(Encoding.UTF8.GetBytes(response), stop);
            }
            catch (Exception ex) when (ex is OperationCanceledException or IOException or SocketException or ObjectDisposedException)
            {
                // The client went away or the server stopped: nothing to answer.
            }
        }
    }

    private static async Task<ReceivedRequest> ReadRequestAsync(NetworkStream stream, CancellationToken stop)
    {
        var buffer = new List<byte>(1024);
        var one = new byte[1];
        while (buffer.Count < 4 || !(buffer[^4] == '\r' && buffer[^3] == '\n' && buffer[^2] == '\r' && buffer[^1] == '\n'))
        {
            if (await stream.ReadAsync(one, stop) == 0)
            {
                throw new IOException("connection closed before the headers ended");
            }

            buffer.Add(one[0]);
        }

        var lines = Encoding.ASCII.GetString([.. buffer]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var requestLine = lines[0].Split(' ');
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }

        var body = new byte[headers.TryGetValue("Content-Length", out var length) ? int.Parse(length, System.Globalization.CultureInfo.InvariantCulture) : 0];
        await stream.ReadExactlyAsync(body, stop);
        return new ReceivedRequest(requestLine[0], requestLine[1], headers, Encoding.UTF8.GetString(body));
    }
}
