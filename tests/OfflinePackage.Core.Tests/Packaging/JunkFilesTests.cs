using OfflinePackage.Packaging;

namespace OfflinePackage.Tests.Packaging;

public class JunkFilesTests
{
    [TestCase(".DS_Store")]
    [TestCase(".ds_store")]
    [TestCase(".DS_STORE")]
    [TestCase("Thumbs.db")]
    [TestCase("thumbs.DB")]
    [TestCase("desktop.ini")]
    [TestCase("Desktop.INI")]
    [TestCase("assets/.DS_Store")]
    [TestCase("a/b/c/Thumbs.db")]
    [TestCase("img/desktop.ini")]
    public void WhyJunk_FileBrowserLeftover_InAnyCaseAndFolder_IsJunk(string relativePath)
    {
        Assert.That(JunkFiles.WhyJunk(relativePath), Is.Not.Null.And.Not.Empty);
    }

    [TestCase("__MACOSX/index.html")]
    [TestCase("__MACOSX/._index.html")]
    [TestCase("a/__MACOSX/b/c.js")]
    [TestCase("a/b/__MACOSX/c.js")]
    [TestCase("__macosx/x.js")]
    [TestCase("__MacOSX/x.js")]
    public void WhyJunk_FileBelowAMacArchiveFolder_AnywhereAndInAnyCase_IsJunk(string relativePath)
    {
        Assert.That(JunkFiles.WhyJunk(relativePath), Is.Not.Null.And.Not.Empty);
    }

    [TestCase("index.html")]
    [TestCase("DS_Store.js")]
    [TestCase("DS_Store")]
    [TestCase(".DS_Store.bak")]
    [TestCase("x.DS_Store")]
    [TestCase("Thumbs.db.js")]
    [TestCase("thumbs.dbx")]
    [TestCase("desktop.ini.txt")]
    [TestCase("desktop")]
    [TestCase("DS_Store/index.html")]
    [TestCase("Thumbs.db/index.html")]
    [TestCase("__MACOSX.js")]
    [TestCase("my__MACOSX/x.js")]
    [TestCase("__MACOSX_old/x.js")]
    [TestCase("a/b/app.js")]
    public void WhyJunk_OrdinaryName_IsNotJunk(string relativePath)
    {
        Assert.That(JunkFiles.WhyJunk(relativePath), Is.Null);
    }

    [TestCase("__MACOSX")]
    [TestCase("a/__MACOSX")]
    public void WhyJunk_FileNamedLikeTheMacFolder_IsNotJunk_OnlyAFolderSegmentIs(string relativePath)
    {
        // The documented intent is "__MACOSX folder anywhere": the name is junk as a folder, not as a file.
        Assert.That(JunkFiles.WhyJunk(relativePath), Is.Null);
    }

    [Test]
    public void WhyJunk_MacFolderAndFileBrowserFile_GiveDifferentReasons()
    {
        Assert.That(JunkFiles.WhyJunk("__MACOSX/a.js"), Is.Not.EqualTo(JunkFiles.WhyJunk(".DS_Store")));
    }
}
