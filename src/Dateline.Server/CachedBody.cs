using System.Security.Cryptography;

namespace Dateline.Server;

/// <summary>A read answer's JSON bytes with its strong ETag (a hash of the bytes), computed once when it is read.</summary>
/// <param name="Bytes">The UTF-8 JSON body.</param>
/// <param name="ETag">The quoted entity tag.</param>
internal sealed record CachedBody(byte[] Bytes, string ETag)
{
    public static CachedBody Of(byte[] bytes) =>
        new(bytes, "\"" + Convert.ToHexStringLower(SHA256.HashData(bytes).AsSpan(0, 16)) + "\"");
}
