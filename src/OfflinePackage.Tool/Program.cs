using System;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using OfflinePackage.Diagnostics;
using OfflinePackage.Tool.Rendering;
using OfflinePackage.Tool.Serving;

namespace OfflinePackage.Tool
{
    /// <summary>offlinepackage &lt;verb&gt;: render, serve, verify.</summary>
    internal static class Program
    {
        public static int Main(string[] args)
        {
            using var stop = new CancellationTokenSource();
            Console.CancelKeyPress += (_, e) =>
            {
                e.Cancel = true;
                stop.Cancel();
            };
            return RunAsync(args, Console.Out, Console.Error, stop.Token).GetAwaiter().GetResult();
        }

        public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken stop)
        {
            var verb = args.Length > 0 ? args[0] : "--help";
            var rest = args.Skip(1).ToArray();
            switch (verb)
            {
                case "render":
                    return RenderCommand.RunAsync(rest, output, error);
                case "serve":
                    return ServeCommand.RunAsync(rest, output, error, stop);
                case "verify":
                    // offlinepackage-verify's own entry point: the same options, codes and exit codes.
                    return Task.FromResult(OfflinePackage.Verify.Program.Run(rest, output, error));
                case "-h":
                case "--help":
                case "-?":
                    output.WriteLine(Texts.Tool_Usage);
                    return Task.FromResult(ExitCodes.Clean);
                default:
                    error.WriteLine(Texts.Tool_UnknownVerb.With(verb));
                    return Task.FromResult(ExitCodes.CannotRun);
            }
        }
    }
}
