namespace Dateline.Text;

/// <summary>The result of evaluating the segmenter on one CoNLL-U file.</summary>
/// <param name="Name">The file evaluated.</param>
/// <param name="Documents">Number of documents rebuilt and segmented.</param>
/// <param name="Characters">Characters of rebuilt text.</param>
/// <param name="Tokens">Surface tokens (a multiword token such as <c>don't</c> counts once).</param>
/// <param name="Sentences">Sentences.</param>
/// <param name="Errors">Up to the requested number of mismatches, each as a line of text for people.</param>
public sealed record SegmentationReport(
    string Name,
    int Documents,
    long Characters,
    SegmentationScore Tokens,
    SegmentationScore Sentences,
    IReadOnlyList<string> Errors);
