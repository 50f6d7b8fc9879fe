using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;

namespace OfflinePackage.Tests.Support
{
    /// <summary>
    /// Where Alibaba's demo packages (real .amr files, h5_json.json files and the demo app's public key) are: the folder
    /// OFFLINEPACKAGE_MPAAS_DEMO names, else ../shared/testdata/mpaas-demo beside the repository. Their licence does not
    /// let us ship them, so a clone has none of them; tests that need them are marked [RequiresMpaasDemo].
    /// Linked into every test project that uses them.
    /// </summary>
    internal static class MpaasDemo
    {
        public const string EnvironmentVariable = "OFFLINEPACKAGE_MPAAS_DEMO";

        /// <summary>One file every complete copy holds, to tell the folder from an empty or wrong one.</summary>
        private const string Marker = "70000000_1.0.0.6.amr";

        private static readonly string? Named = Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } value ? Path.GetFullPath(value) : null;

        /// <summary>The folder with the files, or null when it is absent.</summary>
        public static string? Folder { get; } = Find();

        public static string SkipReason { get; } =
            $"Alibaba's mpaas-demo test vectors are not in {Named ?? BesideTheRepository()}. Their licence does not let this repository ship them; "
            + "get them from the public GitHub repositories mpaas-demo/android-nebula and mpaas-demo/ios-nebula as tests/mpaas-demo.md describes, "
            + $"into ../shared/testdata/mpaas-demo beside the clone or a folder named by {EnvironmentVariable}.";

        /// <summary>The folder, for a test marked [RequiresMpaasDemo] (which is skipped when there is none).</summary>
        public static string RequireFolder() =>
            Folder ?? throw new InvalidOperationException("This test reads Alibaba's demo files but is not marked [RequiresMpaasDemo]. " + SkipReason);

        private static string? Find()
        {
            var folder = Named ?? BesideTheRepository();
            return File.Exists(Path.Combine(folder, Marker)) ? folder : null;
        }

        private static string BesideTheRepository()
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "OfflinePackage.Sdk.sln")))
                {
                    return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "testdata", "mpaas-demo"));
                }
            }

            throw new InvalidOperationException("repository root not found above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>
    /// The test reads Alibaba's demo files (<see cref="MpaasDemo"/>). Without them it is skipped, with the reason and
    /// where to get them; when OFFLINEPACKAGE_MPAAS_DEMO names a folder without them, it fails (CI sets it so that
    /// these tests always run there).
    /// </summary>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
    internal sealed class RequiresMpaasDemoAttribute : NUnitAttribute, IApplyToTest
    {
        public void ApplyToTest(NUnit.Framework.Internal.Test test)
        {
            if (MpaasDemo.Folder != null || test.RunState == RunState.NotRunnable)
            {
                return;
            }

            var named = Environment.GetEnvironmentVariable(MpaasDemo.EnvironmentVariable) is { Length: > 0 };
            test.RunState = named ? RunState.NotRunnable : RunState.Ignored;
            test.Properties.Set(PropertyNames.SkipReason, MpaasDemo.SkipReason);
        }
    }
}

/// <summary>
/// Says once per test assembly, on the console of a plain `dotnet test`, why the [RequiresMpaasDemo] tests are
/// skipped: the console lists skipped tests by name only. In the global namespace, so it covers every test.
/// </summary>
[SetUpFixture]
public sealed class MpaasDemoNotice
{
    [OneTimeSetUp]
    public void SayWhyDemoTestsAreSkipped()
    {
        if (OfflinePackage.Tests.Support.MpaasDemo.Folder == null)
        {
            TestContext.Error.WriteLine("Tests marked [RequiresMpaasDemo] are skipped: " + OfflinePackage.Tests.Support.MpaasDemo.SkipReason);
        }
    }
}
