using System.Collections.Generic;
using System.Linq;
using OfflinePackage.Diagnostics;

namespace OfflinePackage.Presets
{
    /// <summary>
    /// Client version ranges (spec §2.3, rule 18). A platform is chosen when its range has a min or a max
    /// (null or empty = not chosen). Errors: no platform; a min or max that is not a dotted number; a max
    /// without a min; min above max (compared segment by segment, 1.10 &gt; 1.9); Android and iOS both chosen
    /// but only one with a custom max (the console wants both "system default" or both custom). Each finding is
    /// about the property of the bound it names (OfflinePackageAndroidMinVersion...).
    /// </summary>
    public static class ClientRangeCheck
    {
        public const string Android = "Android";
        public const string Ios = "iOS";
        public const string Harmony = "HarmonyOS";

        public static IReadOnlyList<Diagnostic> Validate(ClientVersionRange? android, ClientVersionRange? ios, ClientVersionRange? harmony = null)
        {
            var findings = new List<Diagnostic>();
            var platforms = new[] { (Android, "Android", android), (Ios, "Ios", ios), (Harmony, "Harmony", harmony) }
                .Where(p => p.Item3 != null && p.Item3.IsSet)
                .Select(p => new Platform(p.Item1, p.Item2, p.Item3!))
                .ToList();
            if (platforms.Count == 0)
            {
                findings.Add(new Diagnostic(DiagnosticCatalog.NoClientPlatform, Subject.Property("OfflinePackageAndroidMinVersion")));
                return findings;
            }

            foreach (var platform in platforms)
            {
                var range = platform.Range;
                var minValid = CheckVersion(findings, platform, max: false, range.Min);
                var maxValid = CheckVersion(findings, platform, max: true, range.Max);
                if (range.Min.Length == 0)
                {
                    findings.Add(new Diagnostic(DiagnosticCatalog.ClientMinVersionMissing, platform.Bound(max: true), platform.Name, range.Max));
                }
                else if (minValid && maxValid && range.HasCustomMax && ClientVersion.Compare(range.Min, range.Max) > 0)
                {
                    findings.Add(new Diagnostic(DiagnosticCatalog.ClientMinAboveMax, platform.Bound(max: false), platform.Name, range.Min, range.Max));
                }
            }

            var withAndroid = platforms.FirstOrDefault(p => p.Name == Android);
            var withIos = platforms.FirstOrDefault(p => p.Name == Ios);
            if (withAndroid != null && withIos != null && withAndroid.Range.HasCustomMax != withIos.Range.HasCustomMax)
            {
                var (withMax, without) = withAndroid.Range.HasCustomMax ? (withAndroid, withIos) : (withIos, withAndroid);
                findings.Add(new Diagnostic(DiagnosticCatalog.ClientMaxPolicyMismatch, withMax.Bound(max: true), withMax.Name, withMax.Range.Max, without.Name));
            }

            return findings;
        }

        /// <summary>Whether a bound of a client version range is empty or a dotted number; an error when it is neither.</summary>
        private static bool CheckVersion(List<Diagnostic> findings, Platform platform, bool max, string value)
        {
            if (value.Length == 0 || ClientVersion.IsValid(value))
            {
                return true;
            }

            var bound = Strings.Get(max ? "ClientBound_Max" : "ClientBound_Min");
            findings.Add(new Diagnostic(DiagnosticCatalog.ClientVersionInvalid, platform.Bound(max), platform.Name, bound, value));
            return false;
        }

        private sealed class Platform
        {
            private readonly string _propertyStem;

            public Platform(string name, string propertyStem, ClientVersionRange range)
            {
                Name = name;
                _propertyStem = propertyStem;
                Range = range;
            }

            public string Name { get; }

            public ClientVersionRange Range { get; }

            /// <summary>The property of the platform's minimum or maximum version, e.g. OfflinePackageIosMaxVersion.</summary>
            public Subject Bound(bool max) => Subject.Property("OfflinePackage" + _propertyStem + (max ? "Max" : "Min") + "Version");
        }
    }
}
