using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Dateline.Tests.Support;

namespace Dateline.Server.Tests.Dashboard;

/// <summary>The committed build (src/Dateline.Server/wwwroot) must come from the committed sources in web/.</summary>
public sealed class DashboardBuildTest
{
    [Fact]
    public void The_committed_build_was_made_from_the_current_web_sources()
    {
        var root = TestData.RepositoryRoot();
        var web = Path.Combine(root, "web");
        var recorded = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "src", "Dateline.Server", "wwwroot", "build.json")))
            .RootElement.GetProperty("sourceHash").GetString();
        Assert.True(recorded == SourceHash(web),
            "src/Dateline.Server/wwwroot is stale: rebuild it with `cd web && npm ci && npm run build` and commit the result.");
    }

    /// <summary>The hash web/build.mjs records: SHA-256 over "path\n" + SHA-256 hex of the file + "\n", paths sorted.</summary>
    private static string SourceHash(string web)
    {
        var files = new List<string> { "build.mjs", "package.json", "package-lock.json" };
        files.AddRange(Directory.EnumerateFiles(Path.Combine(web, "src"), "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(web, f).Replace('\\', '/')));
        files.Sort(StringComparer.Ordinal);
        var all = new StringBuilder();
        foreach (var file in files)
        {
            var one = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(web, file))));
            all.Append(file).Append('\n').Append(one).Append('\n');
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(all.ToString())));
    }
}
