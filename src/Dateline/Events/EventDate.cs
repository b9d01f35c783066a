namespace Dateline.Events;

/// <summary>When an event happened: the TIMEX3 value of its own time expression, else the article date.</summary>
/// <param name="Value">The TIMEX3 value (<c>2022-02-15</c>), or null when neither a time expression nor an article date is known.</param>
/// <param name="Time">The id (<c>t1</c>, the time's position in the times layer plus one) of the time expression used, or null when the article date is used.</param>
public sealed record EventDate(string? Value, string? Time);
