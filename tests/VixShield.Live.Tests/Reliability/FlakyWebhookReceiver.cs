using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace VixShield.Live.Tests.Reliability;

/// <summary>A webhook endpoint on 127.0.0.1 that is down until started, then fails requests as its plan says (500, 503,
/// hang, reset) and accepts the rest, recording every attempt by Idempotency-Key.</summary>
/// <remarks>Raw HTTP/1.1 over a <see cref="TcpListener"/>, one request per connection: <c>HttpListener</c> cannot
/// reset a connection (its <c>Response.Abort()</c> on Linux answers 200 with an empty body), and a reset is one of the
/// faults this receiver must produce.</remarks>
internal sealed class FlakyWebhookReceiver : IAsyncDisposable
{
    private readonly TcpListener listener;
    private readonly Func<int, WebhookFault> plan;
    private readonly CancellationTokenSource stopping = new();
    private readonly List<WebhookAttempt> attempts = [];
    private readonly List<Socket> hanging = [];
    private readonly List<Task> serving = [];
    private readonly List<(int Count, TaskCompletionSource Reached)> acceptedWaiters = [];
    private readonly List<(int Count, TaskCompletionSource Reached)> attemptWaiters = [];
    private Task? acceptLoop;

    /// <param name="plan">The fault for the n-th request (0-based) this receiver gets.</param>
    public FlakyWebhookReceiver(int port, Func<int, WebhookFault> plan)
    {
        this.plan = plan;
        listener = new TcpListener(IPAddress.Loopback, port);
        Url = $"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/hook/";
    }

    public string Url { get; }

    public IReadOnlyList<WebhookAttempt> Attempts
    {
        get
        {
            lock (attempts)
            {
                return [.. attempts];
            }
        }
    }

    /// <summary>The attempts answered 200, in the order they were answered.</summary>
    public IReadOnlyList<WebhookAttempt> Accepted => [.. Attempts.Where(a => a.Fault == WebhookFault.None)];

    /// <summary>Keys sent again after other alerts were sent in between. A repeat right after an attempt that timed
    /// out on the sender's side though it was accepted here is the at-least-once delivery the Idempotency-Key is for;
    /// a key coming back later means an alert was sent again after the sender had moved on (a restart, or a bug).</summary>
    public IReadOnlyList<string> KeysSentAgainLater()
    {
        var attempts = Attempts;
        return [.. attempts.Select((attempt, index) => (attempt.Key, index))
            .GroupBy(pair => pair.Key)
            .Where(group => group.Last().index - group.First().index + 1 != group.Count())
            .Select(group => group.Key)];
    }

    /// <summary>Starts listening: until then the port refuses connections, as a webhook that is down does.</summary>
    public void Start()
    {
        listener.Start();
        acceptLoop = Task.Run(AcceptAsync);
    }

    /// <summary>Completes when at least <paramref name="count"/> requests have been accepted.</summary>
    public Task AcceptedAsync(int count)
    {
        lock (attempts)
        {
            var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            if (attempts.Count(a => a.Fault == WebhookFault.None) >= count)
            {
                reached.TrySetResult();
            }

            acceptedWaiters.Add((count, reached));
            return reached.Task;
        }
    }

    /// <summary>Completes when at least <paramref name="count"/> requests have been received, whatever their fault.</summary>
    public Task AttemptedAsync(int count)
    {
        lock (attempts)
        {
            var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            if (attempts.Count >= count)
            {
                reached.TrySetResult();
            }

            attemptWaiters.Add((count, reached));
            return reached.Task;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener.Stop();
        if (acceptLoop is not null)
        {
            try
            {
                await acceptLoop;
            }
            catch (Exception ex) when (ex is SocketException or OperationCanceledException or ObjectDisposedException)
            {
                // The listener was stopped under the accept call: that is how the loop ends.
            }
        }

        Task[] running;
        lock (attempts)
        {
            foreach (var socket in hanging)
            {
                socket.Dispose();
            }

            running = [.. serving];
        }

        await Task.WhenAll(running);
        stopping.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            var socket = await listener.AcceptSocketAsync(stopping.Token);
            lock (attempts)
            {
                serving.Add(Task.Run(() => ServeAsync(socket)));
            }
        }
    }

    private async Task ServeAsync(Socket socket)
    {
        var keep = false;
        try
        {
            if (await ReadRequestAsync(socket) is not { } request)
            {
                return;
            }

            var (key, body) = request;

            var type = JsonDocument.Parse(body).RootElement.GetProperty("type").GetString() ?? string.Empty;
            WebhookFault fault;
            lock (attempts)
            {
                fault = plan(attempts.Count);
                attempts.Add(new WebhookAttempt(key, type, fault));
                foreach (var (count, reached) in attemptWaiters.Where(waiter => attempts.Count >= waiter.Count))
                {
                    reached.TrySetResult();
                }

                if (fault == WebhookFault.Hang)
                {
                    hanging.Add(socket);
                    keep = true;
                }
            }

            switch (fault)
            {
                case WebhookFault.Hang:
                    return;
                case WebhookFault.Reset:
                    socket.LingerState = new LingerOption(true, 0);
                    return;
                case WebhookFault.ServerError:
                    await AnswerAsync(socket, "500 Internal Server Error", "try again later");
                    return;
                case WebhookFault.Unavailable:
                    await AnswerAsync(socket, "503 Service Unavailable", "down for maintenance");
                    return;
                default:
                    await AnswerAsync(socket, "200 OK", string.Empty);
                    CompleteWaiters();
                    return;
            }
        }
        catch (Exception ex) when (ex is SocketException or IOException or OperationCanceledException)
        {
            // The sender gave up on this connection (its attempt timed out): nothing to answer.
        }
        finally
        {
            if (!keep)
            {
                socket.Dispose();
            }
        }
    }

    /// <summary>Reads one request's Idempotency-Key and body; null when the sender closed first.</summary>
    private async Task<(string Key, string Body)?> ReadRequestAsync(Socket socket)
    {
        var buffer = new List<byte>();
        var chunk = new byte[8192];
        int headerEnd;
        while ((headerEnd = IndexOfHeaderEnd(buffer)) < 0)
        {
            var read = await socket.ReceiveAsync(chunk, stopping.Token);
            if (read == 0)
            {
                return null;
            }

            buffer.AddRange(chunk.AsSpan(0, read));
        }

        var headers = Encoding.ASCII.GetString([.. buffer.Take(headerEnd)]).Split("\r\n");
        string Header(string name) => headers.FirstOrDefault(h => h.StartsWith(name + ":", StringComparison.OrdinalIgnoreCase))?[(name.Length + 1)..].Trim() ?? string.Empty;
        var length = int.Parse(Header("Content-Length"), CultureInfo.InvariantCulture);
        while (buffer.Count < headerEnd + 4 + length)
        {
            var read = await socket.ReceiveAsync(chunk, stopping.Token);
            if (read == 0)
            {
                return null;
            }

            buffer.AddRange(chunk.AsSpan(0, read));
        }

        return (Header("Idempotency-Key"), Encoding.UTF8.GetString([.. buffer.Skip(headerEnd + 4).Take(length)]));
    }

    private static int IndexOfHeaderEnd(List<byte> buffer)
    {
        for (var i = 0; i + 3 < buffer.Count; i++)
        {
            if (buffer[i] == '\r' && buffer[i + 1] == '\n' && buffer[i + 2] == '\r' && buffer[i + 3] == '\n')
            {
                return i;
            }
        }

        return -1;
    }

    private async Task AnswerAsync(Socket socket, string status, string body)
    {
        var text = $"HTTP/1.1 {status}\r\nContent-Type: text/plain\r\nContent-Length: {Encoding.UTF8.GetByteCount(body)}\r\nConnection: close\r\n\r\n{body}";
        await socket.SendAsync(Encoding.UTF8.GetBytes(text), stopping.Token);
        socket.Shutdown(SocketShutdown.Send);
    }

    private void CompleteWaiters()
    {
        lock (attempts)
        {
            var accepted = attempts.Count(a => a.Fault == WebhookFault.None);
            foreach (var (count, reached) in acceptedWaiters.Where(waiter => accepted >= waiter.Count))
            {
                reached.TrySetResult();
            }
        }
    }
}
