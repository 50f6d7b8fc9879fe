using System;

namespace OfflinePackage.Presets
{
    /// <summary>
    /// Dotted numeric client versions (Android versionName, iOS Product Version) compared the way the console's
    /// range check must: segment by segment as numbers, so 1.10.0 &gt; 1.9.0, and missing trailing segments
    /// count as 0, so 1.0 == 1.0.0.0. Segments may have any number of digits (no overflow).
    /// </summary>
    public static class ClientVersion
    {
        /// <summary>Digits separated by single dots: "10", "1.0", "6.1.1811141101.21". No sign, no spaces, no suffix.</summary>
        public static bool IsValid(string? version)
        {
            if (string.IsNullOrEmpty(version))
            {
                return false;
            }

            var previousWasDigit = false;
            foreach (var c in version!)
            {
                if (c >= '0' && c <= '9')
                {
                    previousWasDigit = true;
                }
                else if (c == '.' && previousWasDigit)
                {
                    previousWasDigit = false;
                }
                else
                {
                    return false;
                }
            }

            return previousWasDigit;
        }

        /// <summary>
        /// Negative, zero or positive as <paramref name="left"/> is lower than, equal to or higher than
        /// <paramref name="right"/>; null when either is not <see cref="IsValid"/>.
        /// </summary>
        public static int? Compare(string? left, string? right)
        {
            if (!IsValid(left) || !IsValid(right))
            {
                return null;
            }

            var a = left!.Split('.');
            var b = right!.Split('.');
            for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
            {
                var order = CompareSegments(i < a.Length ? a[i] : "0", i < b.Length ? b[i] : "0");
                if (order != 0)
                {
                    return order;
                }
            }

            return 0;
        }

        private static int CompareSegments(string a, string b)
        {
            a = a.TrimStart('0');
            b = b.TrimStart('0');
            return a.Length != b.Length ? a.Length.CompareTo(b.Length) : Math.Sign(string.CompareOrdinal(a, b));
        }
    }

    /// <summary>
    /// The console's "client version range" for one platform (spec §2.3): a minimum version and an optional
    /// maximum. An empty <see cref="Max"/> is the console's "system default" (every future version), which the
    /// docs recommend. A range with empty Min and Max means the platform was not chosen.
    /// </summary>
    public sealed class ClientVersionRange
    {
        public ClientVersionRange(string min, string max = "")
        {
            Min = min.Trim();
            Max = max.Trim();
        }

        public string Min { get; }

        /// <summary>The custom maximum; empty for "system default".</summary>
        public string Max { get; }

        public bool IsSet => Min.Length > 0 || Max.Length > 0;

        public bool HasCustomMax => Max.Length > 0;

        public override string ToString() => Min + " - " + (HasCustomMax ? Max : "(system default)");
    }
}
