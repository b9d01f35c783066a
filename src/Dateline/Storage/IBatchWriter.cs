namespace Dateline.Storage;

/// <summary>Writes a batch of analyses inside the transaction the store opened (the store commits or rolls back).</summary>
internal interface IBatchWriter
{
    /// <summary>Stores the batch's new articles with all their rows and brings the counters of the events they mention up to date.</summary>
    StoreBatchResult Write(IReadOnlyList<ArticleAnalysis> batch);

    /// <summary>Forgets remembered ids: after a rolled-back batch they may name rows that do not exist.</summary>
    void Forget();
}
