namespace Dateline.Storage;

/// <summary>What one batch did to the store.</summary>
/// <param name="Added">Articles stored.</param>
/// <param name="Skipped">Articles already in the store (same content hash or URL), left as they were.</param>
/// <param name="Events">Event mentions stored.</param>
/// <param name="Syndicated">Stored articles that joined an existing story cluster as near-duplicates.</param>
public sealed record StoreBatchResult(int Added, int Skipped, int Events, int Syndicated);
