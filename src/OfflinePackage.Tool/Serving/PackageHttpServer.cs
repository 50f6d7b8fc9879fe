using System;
using System.Net;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;

namespace OfflinePackage.Tool.Serving
{
    /// <summary>
    /// Serves one package over HTTP on 127.0.0.1 with the container's mapping: the server root is the package's vhost
    /// root, so /www/index.html is package path www/index.html. Only the package's files are answered (from memory,
    /// never from disk); every other path is 404, every method but GET and HEAD is 405.
    /// </summary>
    internal sealed class PackageHttpServer : IDisposable
    {
        private readonly ContainerMap _map;
        private readonly HttpListener _listener = new HttpListener();

        public PackageHttpServer(ContainerMap map, int port)
        {
            _map = map;
            Port = port == 0 ? FreePort() : port;
            _listener.Prefixes.Add("http://127.0.0.1:" + Port + "/");
        }

        public int Port { get; }

        public string BaseUrl => "http://127.0.0.1:" + Port;

        public string EntryUrl => BaseUrl + _map.Package.MainUrl;

        public void Start() => _listener.Start();

        public async Task RunAsync(CancellationToken cancellation)
        {
            using var stop = cancellation.Register(() => _listener.Stop());
            while (!cancellation.IsCancellationRequested)
            {
                HttpListenerContext context;
                try
                {
                    context = await _listener.GetContextAsync().ConfigureAwait(false);
                }
                catch (Exception e) when (e is HttpListenerException || e is ObjectDisposedException || e is InvalidOperationException)
                {
                    break;
                }

                Answer(context);
            }
        }

        public void Dispose() => ((IDisposable)_listener).Dispose();

        private void Answer(HttpListenerContext context)
        {
            var response = context.Response;
            try
            {
                var method = context.Request.HttpMethod;
                var file = _map.ResolvePath(Uri.UnescapeDataString(context.Request.Url?.AbsolutePath ?? "/"));
                if (method != "GET" && method != "HEAD")
                {
                    response.StatusCode = 405;
                }
                else if (file == null)
                {
                    response.StatusCode = 404;
                }
                else
                {
                    response.StatusCode = 200;
                    response.ContentType = file.ContentType;
                    response.ContentLength64 = file.Data.Length;
                    response.Headers["Cache-Control"] = "no-store";
                    if (method == "GET")
                    {
                        response.OutputStream.Write(file.Data, 0, file.Data.Length);
                    }
                }
            }
            catch (HttpListenerException)
            {
                // The browser went away mid-answer.
            }
            finally
            {
                try
                {
                    response.Close();
                }
                catch (HttpListenerException)
                {
                }
            }
        }

        private static int FreePort()
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            return port;
        }
    }
}
