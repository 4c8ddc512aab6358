using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace Thorbecke.Judging.Llm.Tests;

/// <summary>
/// A small OpenAI-compatible chat server on localhost that answers every request with a fixed assistant message,
/// so the real HTTP client, serialisation and error paths are exercised without a model.
/// </summary>
internal sealed class ChatServer : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly Func<string> answer;
    private int requests;

    public ChatServer(Func<string> answer)
    {
        this.answer = answer;
        var port = FreePort();
        Endpoint = new Uri($"http://127.0.0.1:{port}/v1/");
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        listener.Start();
        _ = Task.Run(Serve);
    }

    public Uri Endpoint { get; }

    public int Requests => Volatile.Read(ref requests);

    public void Dispose() => listener.Close();

    private async Task Serve()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            Interlocked.Increment(ref requests);
            var body = JsonSerializer.Serialize(new
            {
                id = "chatcmpl-test",
                @object = "chat.completion",
                created = 0,
                model = "test-model",
                choices = new[] { new { index = 0, message = new { role = "assistant", content = answer() }, finish_reason = "stop" } },
                usage = new { prompt_tokens = 1, completion_tokens = 1, total_tokens = 2 },
            });
            var bytes = Encoding.UTF8.GetBytes(body);
            context.Response.ContentType = "application/json";
            context.Response.ContentLength64 = bytes.Length;
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
