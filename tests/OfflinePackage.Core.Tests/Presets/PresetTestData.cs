using System.Diagnostics;
using System.Text.Json;
using OfflinePackage.Presets;
using OfflinePackage.Tests.Support;

namespace OfflinePackage.Tests.Presets;

/// <summary>The mpaas-demo h5_json.json files, the values that produce them, and helpers shared by the preset tests.</summary>
internal static class PresetTestData
{
    public const string VirtualDomain = "h5app.com";

    /// <summary>The global package of the Android demo file.</summary>
    public static readonly H5JsonEntrySettings AndroidGlobal = new("77777777", "1.0.0.0", VirtualDomain)
    {
        Name = "H5Demo公共资源包",
        GlobalPackUrl = "https://mcube-prod.oss-cn-hangzhou.aliyuncs.com/570DA89281533_default/appicon.png",
        PackageUrl = "https://mcube-prod.oss-cn-hangzhou.aliyuncs.com/570DA89281533-default/77777777/1.0.0.0_all/nebula/77777777_1.0.0.0.amr",
    };

    /// <summary>The normal package of the Android demo file.</summary>
    public static readonly H5JsonEntrySettings AndroidNormal = new("70000000", "1.0.0.6", VirtualDomain)
    {
        Name = "H5Demo",
        MainUrl = "/index.html",
        FallbackBaseUrl = "https://mcube-prod.oss-cn-hangzhou.aliyuncs.com/570DA89281533-default/70000000/1.0.0.6_all/nebula/fallback/",
        PackageUrl = "https://mcube-prod.oss-cn-hangzhou.aliyuncs.com/570DA89281533-default/70000000/1.0.0.6_all/nebula/70000000_1.0.0.6.amr",
    };

    /// <summary>The package of the iOS demo file.</summary>
    public static readonly H5JsonEntrySettings Ios = new("00010001", "1.0.0.0", VirtualDomain)
    {
        Name = "svg测试",
        MainUrl = "/www/AgreePluginTest.html",
        FallbackBaseUrl = "https://mcube-prod.oss-cn-hangzhou.aliyuncs.com/570DA89281533-default/00010001/1.0.0.0_all/nebula/fallback/",
        PackageUrl = "https://mcube-prod.oss-cn-hangzhou.aliyuncs.com/570DA89281533-default/00010001/1.0.0.0_all/nebula/00010001_1.0.0.0.amr",
    };

    /// <summary>
    /// A binary plist written by Python's plistlib (FMT_BINARY) for {"Product Version": "1.0.0.0",
    /// "CFBundleShortVersionString": "1.0", "CFBundleDisplayName": "测试", "LSRequiresIPhoneOS": True, "CFBundleVersion": "12"}:
    /// binary coverage even where Python is not installed.
    /// </summary>
    public const string PythonBinaryPlistHex =
        "62706c6973743030d50102030405060708090a5f1013434642756e646c65446973706c61794e616d655f101a434642756e646c6553686f7274"
        + "56657273696f6e537472696e675f100f434642756e646c6556657273696f6e5f10124c5352657175697265734950686f6e654f535f100f5072"
        + "6f647563742056657273696f6e626d4b8bd553312e305231320957312e302e302e3008132946586d7f84888b8c00000000000001010000000000"
        + "00000b00000000000000000000000000000094";

    /// <summary>A file of Alibaba's demo files (<see cref="MpaasDemo"/>), for tests marked [RequiresMpaasDemo].</summary>
    public static string TestDataPath(string name) => Path.Combine(MpaasDemo.RequireFolder(), name);

    public static byte[] AndroidDemoBytes => File.ReadAllBytes(TestDataPath("h5_json.android.json"));

    public static byte[] IosDemoBytes => File.ReadAllBytes(TestDataPath("h5_json.ios.json"));

    public static H5JsonEntry Entry(H5JsonEntrySettings settings)
    {
        var result = H5JsonEntry.Create(settings);
        Assert.That(result.Diagnostics, Is.Empty);
        return result.Value!;
    }

    public static H5JsonDocument AndroidDemoDocument() => new([Entry(AndroidGlobal), Entry(AndroidNormal)]);

    public static H5JsonDocument Parse(byte[] bytes)
    {
        var result = H5JsonDocument.Parse(bytes);
        Assert.That(result.Diagnostics, Is.Empty);
        return result.Value!;
    }

    /// <summary>
    /// Asserts two JSON texts are equal as trees: same kinds, same member names in the same order, same strings,
    /// same number tokens (so 1 and "1" and 1.0 all differ).
    /// </summary>
    public static void AssertSameJson(string actual, string expected)
    {
        using var a = JsonDocument.Parse(actual);
        using var e = JsonDocument.Parse(expected);
        AssertSameJson(a.RootElement, e.RootElement, "$");
    }

    private static void AssertSameJson(JsonElement actual, JsonElement expected, string path)
    {
        Assert.That(actual.ValueKind, Is.EqualTo(expected.ValueKind), path);
        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                var actualMembers = actual.EnumerateObject().ToList();
                var expectedMembers = expected.EnumerateObject().ToList();
                Assert.That(actualMembers.Select(m => m.Name), Is.EqualTo(expectedMembers.Select(m => m.Name)), path + " member names and order");
                for (var i = 0; i < expectedMembers.Count; i++)
                {
                    AssertSameJson(actualMembers[i].Value, expectedMembers[i].Value, path + "." + expectedMembers[i].Name);
                }

                break;
            case JsonValueKind.Array:
                Assert.That(actual.GetArrayLength(), Is.EqualTo(expected.GetArrayLength()), path + " length");
                for (var i = 0; i < expected.GetArrayLength(); i++)
                {
                    AssertSameJson(actual[i], expected[i], path + "[" + i + "]");
                }

                break;
            case JsonValueKind.String:
                Assert.That(actual.GetString(), Is.EqualTo(expected.GetString()), path);
                break;
            case JsonValueKind.Number:
                Assert.That(actual.GetRawText(), Is.EqualTo(expected.GetRawText()), path);
                break;
        }
    }

    public static bool PythonAvailable()
    {
        try
        {
            var (exit, _, _) = RunPython("import plistlib");
            return exit == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    /// <summary>Runs python3 -c script; returns exit code, stdout, stderr.</summary>
    public static (int Exit, string Output, string Error) RunPython(string script)
    {
        var start = new ProcessStartInfo("python3")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        start.Environment["PYTHONIOENCODING"] = "utf-8";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error);
    }

    /// <summary>Writes a plist with Python's plistlib; <paramref name="pythonValue"/> is a Python expression.</summary>
    public static void WritePlistWithPython(string path, string pythonValue, bool binary)
    {
        var format = binary ? "plistlib.FMT_BINARY" : "plistlib.FMT_XML";
        var script = "import plistlib, sys, datetime\n"
            + "value = " + pythonValue + "\n"
            + "with open(sys.argv[1] if len(sys.argv) > 1 else " + PythonString(path) + ", 'wb') as f:\n"
            + "    plistlib.dump(value, f, fmt=" + format + ")\n";
        var (exit, _, error) = RunPython(script);
        Assert.That(exit, Is.Zero, error);
    }

    private static string PythonString(string value) => "'" + value.Replace("\\", "\\\\").Replace("'", "\\'") + "'";
}
