using System.Globalization;
using System.Text;

namespace OfflinePackage.Amr
{
    /// <summary>JSON string escaping (RFC 8259), for the few JSON files an .amr holds.</summary>
    internal static class AmrJson
    {
        /// <summary>The text between the quotes of a JSON string: '"', '\' and control characters escaped, the rest as is.</summary>
        public static string Escape(string text)
        {
            var escaped = new StringBuilder(text.Length + 8);
            foreach (var c in text)
            {
                switch (c)
                {
                    case '"':
                        escaped.Append("\\\"");
                        break;
                    case '\\':
                        escaped.Append("\\\\");
                        break;
                    case '\n':
                        escaped.Append("\\n");
                        break;
                    case '\r':
                        escaped.Append("\\r");
                        break;
                    case '\t':
                        escaped.Append("\\t");
                        break;
                    default:
                        if (c < 0x20)
                        {
                            escaped.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            escaped.Append(c);
                        }

                        break;
                }
            }

            return escaped.ToString();
        }
    }
}
