using System.Text.RegularExpressions;
using OfflinePackage.Rules;

namespace OfflinePackage.Tests.Rules;

public class GlobalLookingPathTests
{
    // The pattern the scanner replaced; it must keep matching exactly the same paths.
    private static readonly Regex Pattern = new Regex(@"^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+(:\d+)?/[A-Za-z0-9]+_[A-Za-z0-9-]+/", RegexOptions.CultureInvariant);

    [TestCase("mcube-prod.mpaascloud.com/53E5279071442_test/a.js", true)]
    [TestCase("a.b/x_y/", true)]
    [TestCase("a.b:8080/x_y/a.js", true)]
    [TestCase("a.b:٣/x_y/a.js", true)]
    [TestCase("A-1.B-2.c/X9_y-z/a.js", true)]
    [TestCase("www/x_y/a.js", false)]
    [TestCase("a.b/x_y", false)]
    [TestCase("a.b:/x_y/a.js", false)]
    [TestCase("a.b:8:9/x_y/a.js", false)]
    [TestCase("a.b:8a/x_y/a.js", false)]
    [TestCase("a..b/x_y/a.js", false)]
    [TestCase(".a.b/x_y/a.js", false)]
    [TestCase("a.b./x_y/a.js", false)]
    [TestCase("a.b/x_/a.js", false)]
    [TestCase("a.b/_y/a.js", false)]
    [TestCase("a.b/x-z_y/a.js", false)]
    [TestCase("a.b/x_y_z/a.js", false)]
    [TestCase("a.b//x_y/a.js", false)]
    [TestCase("é.b/x_y/a.js", false)]
    [TestCase("a.b/x_y#/a.js", false)]
    [TestCase("", false)]
    public void Matches_WhatTheRegexItReplacedMatches(string path, bool expected)
    {
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Pattern.IsMatch(path), Is.EqualTo(expected), "the case itself");
            Assert.That(GlobalLookingPath.Matches(path), Is.EqualTo(expected));
        }
    }
}
