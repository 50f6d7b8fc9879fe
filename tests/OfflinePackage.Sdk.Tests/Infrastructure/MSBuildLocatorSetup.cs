using Microsoft.Build.Locator;

// No namespace: NUnit runs this once before every test in the assembly.
[SetUpFixture]
public sealed class MSBuildLocatorSetup
{
    /// <summary>
    /// Microsoft.Build.* is referenced without runtime assets; the MSBuild of the installed .NET SDK is
    /// loaded instead, before any test touches an MSBuild type (evaluation tests and binlog reading alike).
    /// </summary>
    [OneTimeSetUp]
    public void RegisterMSBuild()
    {
        if (!MSBuildLocator.IsRegistered)
        {
            MSBuildLocator.RegisterDefaults();
        }
    }
}
