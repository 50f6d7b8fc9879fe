using OfflinePackage.Tool.Reports;

namespace OfflinePackage.Tool.Tests.Support;

/// <summary>One run of the offlinepackage command, in process: exit code and what it wrote.</summary>
internal sealed record ToolRun(int ExitCode, string Output, string Error)
{
    public static ToolRun Of(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = Program.RunAsync(args, output, error, CancellationToken.None).GetAwaiter().GetResult();
        return new ToolRun(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>`render --json` of one package: its one page's report.</summary>
    public static (ToolRun Run, RenderReport Report) Render(string package, params string[] options)
    {
        var run = Of(["render", package, "--json", .. options]);
        Assert.That(run.ExitCode, Is.AnyOf(0, 1), run.ToString());
        var pages = JsonReport.Read(run.Output);
        Assert.That(pages, Has.Count.EqualTo(1), run.ToString());
        return (run, pages[0]);
    }

    public override string ToString() => $"exit code {ExitCode}\n{Output}\n{Error}";
}
