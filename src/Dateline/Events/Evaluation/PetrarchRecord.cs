namespace Dateline.Events.Evaluation;

/// <summary>A PETRARCH validation or unit-test record: a sentence with its expected events.</summary>
/// <param name="Id">The record id, e.g. <c>DEMO-01</c>.</param>
/// <param name="Category">The category, e.g. <c>COMPOUND</c>.</param>
/// <param name="Date">The record's date, which selects dated actor codes.</param>
/// <param name="Text">The sentence text, its line breaks turned into blanks.</param>
/// <param name="Parse">The CoNLL-U parse supplied with the record, or null.</param>
/// <param name="Scored">False when the record says <c>evaluate="false"</c> or expects an error rather than events.</param>
/// <param name="Gold">The expected events (empty for <c>noevents</c>).</param>
public sealed record PetrarchRecord(string Id, string Category, DateOnly Date, string Text, string? Parse, bool Scored, IReadOnlyList<GoldEvent> Gold);
