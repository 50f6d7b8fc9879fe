using System.Text;
using OfflinePackage.Json;

namespace OfflinePackage.Amr
{
    /// <summary>
    /// The hpmfile.json the mPaaS console adds at the root of every .amr tar: a fixed template with the package ID
    /// and version filled in, byte for byte as in Alibaba's demo packages (two-space indent, '\n' line ends, no
    /// final line break, 781 bytes for an 8-digit ID and a 7-character version). Its launchParams.url is the
    /// template's "/www/index.html", not the package's main URL; the Android client ignores the file.
    /// </summary>
    public static class HpmFile
    {
        public const string FileName = "hpmfile.json";

        public static string Render(string packageId, string version)
        {
            string HostUrl(string domain) => JsonText.Quote("https://" + packageId + "." + domain);
            return "{\n"
                + "  \"appid\": " + JsonText.Quote(packageId) + ",\n"
                + "  \"name\": \"h5app\",\n"
                + "  \"version\": " + JsonText.Quote(version) + ",\n"
                + "  \"author\": \"\",\n"
                + "  \"description\": \"H5App demo\",\n"
                + "  \"launchParams\": {\n"
                + "    \"url\": \"/www/index.html\",\n"
                + "    \"showTitleBar\": \"YES\",\n"
                + "    \"showToolBar\": \"NO\"\n"
                + "  },\n"
                + "  \"host\": {\n"
                + "    \"enable\": true,\n"
                + "    \"dev\": " + HostUrl("h5app.dev.alipay.com") + ",\n"
                + "    \"test\": " + HostUrl("h5app.test.alipay.com") + ",\n"
                + "    \"online\": " + HostUrl("h5app.alipay.com") + "\n"
                + "  },\n"
                + "  \"preBuild\": \"prebuild.sh\",\n"
                + "  \"build\": {\n"
                + "    \"include\": [\n"
                + "      \"./www/**\"\n"
                + "    ],\n"
                + "    \"ignore\": [\n"
                + "      \"./**/*.md\"\n"
                + "    ]\n"
                + "  },\n"
                + "  \"support\": {\n"
                + "    \"ios\": {\n"
                + "      \"minSDK\": \"\",\n"
                + "      \"maxSDK\": \"\",\n"
                + "      \"minOS\": \"\",\n"
                + "      \"maxOS\": \"\"\n"
                + "    },\n"
                + "    \"android\": {\n"
                + "      \"minSDK\": \"\",\n"
                + "      \"maxSDK\": \"\",\n"
                + "      \"minOS\": \"\",\n"
                + "      \"maxOS\": \"\"\n"
                + "    }\n"
                + "  },\n"
                + "  \"dependencies\": {}\n"
                + "}";
        }

        public static byte[] RenderBytes(string packageId, string version) => new UTF8Encoding(false).GetBytes(Render(packageId, version));
    }
}
