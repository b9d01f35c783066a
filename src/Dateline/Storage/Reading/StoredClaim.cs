namespace Dateline.Storage.Reading;

/// <summary>A stored claim.</summary>
/// <param name="Id">Store id.</param>
/// <param name="ArticleId">Its article.</param>
/// <param name="Published">The article's day.</param>
/// <param name="Claimant">Who claims.</param>
/// <param name="ReportedBy">Who reports it.</param>
/// <param name="Cameo">CAMEO code of the claimed event.</param>
/// <param name="Root">Its root.</param>
/// <param name="PloverType">Its PLOVER type.</param>
/// <param name="Polarity">asserted or denied.</param>
/// <param name="Modality">How certain.</param>
/// <param name="TargetDate">The date the claim is about.</param>
/// <param name="EvidenceStart">Evidence start offset.</param>
/// <param name="EvidenceEnd">Evidence end offset.</param>
public sealed record StoredClaim(
    long Id, long ArticleId, string? Published, string? Claimant, string? ReportedBy, string? Cameo, string? Root,
    string? PloverType, string? Polarity, string? Modality, string? TargetDate, int EvidenceStart, int EvidenceEnd);
