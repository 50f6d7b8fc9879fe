namespace OfflinePackage.Tests.Support;

/// <summary>
/// Runs work that must not hang or grow out of bounds (a FIFO waited on, a quadratic scan) with a generous limit: the
/// limit only keeps a regression from hanging the suite, it is no timing assertion.
/// </summary>
internal static class TimeGuard
{
    public static readonly TimeSpan Generous = TimeSpan.FromSeconds(60);

    /// <summary>For work that took minutes before a fix and takes milliseconds after it.</summary>
    public static readonly TimeSpan Linear = TimeSpan.FromSeconds(20);

    public static T Run<T>(Func<T> work, TimeSpan? limit = null)
    {
        var task = Task.Run(work);
        Assert.That(task.Wait(limit ?? Generous), Is.True, "did not finish within the guard: still reading, waiting, or the cost is not linear");
        return task.Result;
    }
}
