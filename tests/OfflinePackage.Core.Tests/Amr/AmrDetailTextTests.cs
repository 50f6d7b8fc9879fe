using OfflinePackage.Amr;
using OfflinePackage.Diagnostics;

namespace OfflinePackage.Tests.Amr;

/// <summary>The text of an <see cref="AmrDetail"/> (after "Kind [entry]: " in OPK5005): an <c>AmrDetail_</c> text of Texts, filled.</summary>
public class AmrDetailTextTests
{
    [Test]
    public void SignatureInvalid_ReadsAsBefore()
    {
        var detail = new AmrDetail(AmrFindingKind.SignatureInvalid, "20171228.tar", null, Texts.AmrDetail_SignatureInvalid.With(2048));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(detail.Text, Is.EqualTo("the signature does not verify with the 2048-bit public key given (wrong key or changed content)"));
            Assert.That(
                detail.ToString(),
                Is.EqualTo("SignatureInvalid [20171228.tar]: the signature does not verify with the 2048-bit public key given (wrong key or changed content)"));
        }
    }
}
