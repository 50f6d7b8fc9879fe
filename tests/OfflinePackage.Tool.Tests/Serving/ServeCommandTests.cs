using System.Net;
using System.Net.Sockets;
using System.Text;
using OfflinePackage.Tool.Serving;
using OfflinePackage.Tool.Tests.Support;

namespace OfflinePackage.Tool.Tests.Serving;

/// <summary>`offlinepackage serve` over real HTTP on 127.0.0.1.</summary>
public class ServeCommandTests
{
    [Test]
    public async Task AnswersTheMainEntryAndRefusesAPathOutsideThePackage()
    {
        using var folder = new TempFolder();
        var zip = TestPackages.Zip(folder.Path, "20171228", [("www/index.html", "<h1>Hi</h1>"), ("www/app.js", "1")]);
        File.WriteAllText(folder.Combine("secret.txt"), "beside the zip, not in it");
        using var stop = new CancellationTokenSource();
        var output = new SynchronizedWriter();
        var serving = ServeCommand.RunAsync([zip], output, TextWriter.Null, stop.Token);
        var entry = await EntryUrl(output, serving);

        using var http = new HttpClient();
        var page = await http.GetAsync(entry);
        var notInPackage = await http.GetAsync(new Uri(new Uri(entry), "/secret.txt"));
        var climbing = await RawGet(new Uri(entry), "/www/../../secret.txt");
        var post = await http.PostAsync(entry, new StringContent("x"));
        stop.Cancel();

        Assert.That(entry, Does.Match(@"^http://127\.0\.0\.1:\d+/www/index\.html$"));
        Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(page.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/html"));
        Assert.That(await page.Content.ReadAsStringAsync(), Is.EqualTo("<h1>Hi</h1>"));
        Assert.That(notInPackage.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(climbing, Does.StartWith("HTTP/1.1 404") .Or.StartWith("HTTP/1.1 400"));
        Assert.That(post.StatusCode, Is.EqualTo(HttpStatusCode.MethodNotAllowed));
        Assert.That(await serving.WaitAsync(TimeSpan.FromSeconds(10)), Is.Zero, "Ctrl+C (the token) stops it");
    }

    private static async Task<string> EntryUrl(SynchronizedWriter output, Task<int> serving)
    {
        for (var i = 0; i < 200 && !serving.IsCompleted; i++)
        {
            var line = output.ToString().Split('\n').FirstOrDefault(l => l.StartsWith("Main entry: ", StringComparison.Ordinal));
            if (line != null)
            {
                return line["Main entry: ".Length..].Trim();
            }

            await Task.Delay(50);
        }

        Assert.Fail("serve printed no main entry:\n" + output + (serving.IsCompleted ? "\nexit code " + serving.Result : string.Empty));
        return string.Empty;
    }

    /// <summary>A request with the path exactly as written (HttpClient would remove the dot segments first).</summary>
    private static async Task<string> RawGet(Uri server, string path)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(server.Host, server.Port);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"GET {path} HTTP/1.1\r\nHost: {server.Authority}\r\nConnection: close\r\n\r\n"));
        using var reader = new StreamReader(stream);
        return await reader.ReadToEndAsync();
    }

    private sealed class SynchronizedWriter : StringWriter
    {
        public override void Write(char value)
        {
            lock (this)
            {
                base.Write(value);
            }
        }

        public override void Write(string? value)
        {
            lock (this)
            {
                base.Write(value);
            }
        }

        public override void WriteLine(string? value)
        {
            lock (this)
            {
                base.WriteLine(value);
            }
        }

        public override string ToString()
        {
            lock (this)
            {
                return base.ToString();
            }
        }
    }
}
