using System.Diagnostics;
using System.Reflection;
using OfflinePackage.Tests.Support;

namespace OfflinePackage.Verify.Tests.Support;

internal sealed record ToolResult(int ExitCode, string StandardOutput, string StandardError)
{
    /// <summary>Standard output split into lines, without the empty last one.</summary>
    public string[] OutputLines => StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();

    public override string ToString() => $"exit code {ExitCode}\nstdout:\n{StandardOutput}\nstderr:\n{StandardError}";
}

/// <summary>Runs the built offlinepackage-verify as a process: `dotnet OfflinePackage.Verify.dll args...`.</summary>
internal static class VerifyTool
{
    /// <summary>The tool's built assembly, which the test project's build records in an assembly attribute.</summary>
    public static string AssemblyPath { get; } =
        typeof(VerifyTool).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "VerifyToolPath").Value
        ?? throw new InvalidOperationException("The test assembly does not name the tool.");

    public static ToolResult Run(params string[] arguments)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = MpaasDemo.Folder ?? AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(AssemblyPath);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit((int)TimeSpan.FromMinutes(2).TotalMilliseconds))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("offlinepackage-verify did not finish in time.");
        }

        process.WaitForExit();
        return new ToolResult(process.ExitCode, output.Result, error.Result);
    }

    /// <summary>The dotnet host running the tests (the CLI names it in DOTNET_HOST_PATH), else dotnet on the PATH.</summary>
    private static string DotnetHost()
    {
        var hostPath = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(hostPath) && File.Exists(hostPath))
        {
            return hostPath;
        }

        var processPath = Environment.ProcessPath;
        if (processPath != null && Path.GetFileNameWithoutExtension(processPath).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            return processPath;
        }

        return "dotnet";
    }
}
