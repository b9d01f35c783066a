using System.Collections.Frozen;
using System.Reflection;
using System.Security.Cryptography;

namespace Dateline.Server.Dashboard;

/// <summary>
/// The built dashboard (web/ built into <c>wwwroot/</c> and embedded in this assembly): each file's bytes, type and
/// ETag, read once at start-up.
/// </summary>
internal sealed class DashboardAssets
{
    private const string Prefix = "wwwroot/";

    private static readonly FrozenDictionary<string, string> Types = new Dictionary<string, string>
    {
        [".html"] = "text/html; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".json"] = "application/json; charset=utf-8",
        [".svg"] = "image/svg+xml",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private readonly FrozenDictionary<string, DashboardAsset> _files;

    private DashboardAssets(FrozenDictionary<string, DashboardAsset> files) => _files = files;

    /// <summary>File names (<c>index.html</c>, <c>app.js</c>, ...).</summary>
    public IEnumerable<string> Names => _files.Keys;

    /// <summary>Reads the embedded files of <paramref name="assembly"/> (this one by default).</summary>
    public static DashboardAssets Load(Assembly? assembly = null)
    {
        assembly ??= typeof(DashboardAssets).Assembly;
        var files = new Dictionary<string, DashboardAsset>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(Prefix, StringComparison.Ordinal)) continue;
            var name = resource[Prefix.Length..];
            if (!Types.TryGetValue(Path.GetExtension(name), out var type)) continue;
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            var bytes = buffer.ToArray();
            var etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(bytes).AsSpan(0, 16)) + "\"";
            files[name] = new DashboardAsset(bytes, type, etag);
        }
        return new DashboardAssets(files.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>The file called <paramref name="name"/>, or null.</summary>
    public DashboardAsset? Find(string name) => _files.GetValueOrDefault(name);
}
