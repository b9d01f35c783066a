namespace Dateline.Server.Dashboard;

/// <summary>One file of the built dashboard.</summary>
/// <param name="Bytes">Its content.</param>
/// <param name="ContentType">Its media type.</param>
/// <param name="ETag">A strong ETag (a hash of the content).</param>
internal sealed record DashboardAsset(byte[] Bytes, string ContentType, string ETag);
