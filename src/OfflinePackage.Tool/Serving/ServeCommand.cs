using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using OfflinePackage.Diagnostics;
using OfflinePackage.Tool.Packages;

namespace OfflinePackage.Tool.Serving
{
    /// <summary>offlinepackage serve: the package on http://127.0.0.1:&lt;port&gt;/ until Ctrl+C (or the token) stops it.</summary>
    internal static class ServeCommand
    {
        private static readonly string[] ValueOptions = { "--port", "--main-url" };

        public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken stop)
        {
            var arguments = Arguments.Parse(args, ValueOptions, Array.Empty<string>());
            if (arguments.Help)
            {
                output.WriteLine(Texts.Serve_Usage);
                return ExitCodes.Clean;
            }

            var port = arguments.Number("--port", 0, 0);
            arguments.Require(arguments.Positional.Count == 1, Texts.Render_OnePackage);
            if (arguments.Error != null)
            {
                error.WriteLine(Texts.Render_UsageError.With("serve", arguments.Error));
                return ExitCodes.CannotRun;
            }

            PackageContent package;
            try
            {
                package = PackageLoader.Load(arguments.Positional[0], arguments.Value("--main-url"))[0];
            }
            catch (PackageLoadException e)
            {
                error.WriteLine(Texts.Tool_Failed.With("serve", e.Message));
                return ExitCodes.CannotRun;
            }

            using var server = new PackageHttpServer(new ContainerMap(package), port);
            try
            {
                server.Start();
            }
            catch (HttpListenerException e)
            {
                error.WriteLine(Texts.Serve_CannotListen.With(server.Port, e.Message));
                return ExitCodes.CannotRun;
            }

            output.WriteLine(Texts.Serve_Listening.With(package.Name, server.BaseUrl, server.EntryUrl));
            output.Flush();
            await server.RunAsync(stop).ConfigureAwait(false);
            return ExitCodes.Clean;
        }
    }
}
