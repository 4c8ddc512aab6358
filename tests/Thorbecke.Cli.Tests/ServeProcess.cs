using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Thorbecke.Core.Accounts;
using Thorbecke.Storage;

namespace Thorbecke.Cli.Tests;

/// <summary>
/// <c>thorbecke serve</c> as a child process on a free port over a database with one admin, and an HttpClient logged
/// in through the real form: the server as users run it, so a crash or a memory peak is its own.
/// </summary>
internal sealed partial class ServeProcess : IDisposable
{
    public const string Password = "een-lang-wachtwoord";

    private readonly Process process;
    private readonly Task<string> output;

    private ServeProcess(Process process, Uri baseAddress)
    {
        this.process = process;
        output = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        BaseAddress = baseAddress;
        Client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = baseAddress };
    }

    public Uri BaseAddress { get; }

    public HttpClient Client { get; }

    public bool HasExited => process.HasExited;

    /// <summary>The server's resident memory high-water mark so far, in bytes.</summary>
    public long PeakMemory => ProcessMemory.HighWaterMark(process.Id);

    public static async Task<ServeProcess> StartLoggedIn(string workingDirectory, string databasePath)
    {
        using (var store = new SqliteScanStore(databasePath))
        {
            store.SaveAccount(new Account("beheer", Role.Admin, PasswordHashing.Hash(Password)));
        }

        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var server = new ServeProcess(Process.Start(CliProcess.StartInfo(workingDirectory, "serve", "--db", databasePath, "--urls", address.ToString().TrimEnd('/')))!, address);
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                if ((await server.Client.GetAsync("/inloggen")).IsSuccessStatusCode)
                {
                    break;
                }
            }
            catch (HttpRequestException) when (deadline.Elapsed < TimeSpan.FromSeconds(60) && !server.HasExited)
            {
                await Task.Delay(200);
            }
        }

        var login = await server.PostForm("/inloggen", form =>
        {
            form.Add(new StringContent("beheer"), "naam");
            form.Add(new StringContent(Password), "wachtwoord");
        });
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        return server;
    }

    /// <summary>Posts a form filled by <paramref name="fill"/> with a fresh anti-forgery token from <paramref name="formPage"/> (the path itself by default).</summary>
    public async Task<HttpResponseMessage> PostForm(string path, Action<MultipartFormDataContent> fill, string? formPage = null)
    {
        using var form = new MultipartFormDataContent { { new StringContent(Token(await Client.GetStringAsync(formPage ?? path))), "__af" } };
        fill(form);
        return await Client.PostAsync(path, form);
    }

    public void Dispose()
    {
        Client.Dispose();
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
        }

        process.Dispose();
    }

    public override string ToString() => output.IsCompleted ? output.Result : "(server still running)";

    private static string Token(string html) => WebUtility.HtmlDecode(TokenField().Match(html).Groups[1].Value);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex("name=\"__af\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
