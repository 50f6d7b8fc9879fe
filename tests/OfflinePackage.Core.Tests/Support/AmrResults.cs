using OfflinePackage.Amr;

namespace OfflinePackage.Tests.Support;

internal static class AmrResults
{
    /// <summary>What each of a verification's OPK5005 findings says is wrong where, in order.</summary>
    public static IReadOnlyList<AmrDetail> Details(this AmrVerification result) =>
        result.Findings.Select(f => AmrDetail.Of(f) ?? throw new InvalidOperationException("not an .amr finding: " + f)).ToList();
}
