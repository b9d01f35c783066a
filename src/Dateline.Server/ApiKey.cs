using System.Security.Cryptography;
using System.Text;

namespace Dateline.Server;

/// <summary>The configured write key, compared in constant time. Its value is never logged or shown.</summary>
internal sealed class ApiKey
{
    /// <summary>The request header that carries the key.</summary>
    public const string Header = "X-Api-Key";

    private readonly byte[]? _hash;

    public ApiKey(string? key) =>
        _hash = string.IsNullOrEmpty(key) ? null : SHA256.HashData(Encoding.UTF8.GetBytes(key));

    /// <summary>True when writes are enabled at all.</summary>
    public bool Configured => _hash is not null;

    /// <summary>True when <paramref name="offered"/> is the key. Hashing first makes the comparison length-independent.</summary>
    public bool Accepts(string? offered)
    {
        if (_hash is null || string.IsNullOrEmpty(offered)) return false;
        return CryptographicOperations.FixedTimeEquals(_hash, SHA256.HashData(Encoding.UTF8.GetBytes(offered)));
    }

    public override string ToString() => Configured ? "ApiKey(configured)" : "ApiKey(none)";
}
