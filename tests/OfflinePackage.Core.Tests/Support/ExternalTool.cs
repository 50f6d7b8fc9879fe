using System.Diagnostics;

namespace OfflinePackage.Tests.Support;

internal sealed record ToolResult(int ExitCode, string StandardOutput, string StandardError)
{
    public override string ToString() => $"exit code {ExitCode}\nstdout:\n{StandardOutput}\nstderr:\n{StandardError}";
}

/// <summary>Runs a command-line tool (openssl, python3, java) with a time limit and collects its output.</summary>
internal static class ExternalTool
{
    public static ToolResult Run(string fileName, IEnumerable<string> arguments, string? workingDirectory = null, TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{fileName} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit((int)(timeout ?? TimeSpan.FromMinutes(2)).TotalMilliseconds))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} did not finish in time.");
        }

        process.WaitForExit();
        return new ToolResult(process.ExitCode, output.Result, error.Result);
    }

    /// <summary>Runs the tool and fails the test unless it exits with 0; returns its standard output.</summary>
    public static string Check(string fileName, params string[] arguments)
    {
        var result = Run(fileName, arguments);
        Assert.That(result.ExitCode, Is.Zero, $"{fileName} {string.Join(" ", arguments)}\n{result}");
        return result.StandardOutput;
    }
}
