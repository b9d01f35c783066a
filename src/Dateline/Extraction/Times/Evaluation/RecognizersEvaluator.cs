using System.Globalization;
using System.Text.Json;
using Dateline.Documents;
using Dateline.Text;

namespace Dateline.Extraction.Times.Evaluation;

/// <summary>
/// Runs the Recognizers-Text English DateTime spec cases that fall in scope and reports the pass rate per file.
/// In scope: the default-mode parser files and <c>DateTimeModel.json</c>. Left out, with the reason:
/// files for non-default modes (CalendarMode, ComplexCalendar, ExperimentalMode, ExtendedTypes, SplitDateAndTime,
/// TasksMode); extractor files (spans only, no values); holidays (HolidayParser: not a family of this stage);
/// time zones alone (TimeZoneParser); the merged parser (the same expressions as the model file);
/// time-of-day ranges (TimePeriodParser, DateTimePeriodParser, and results typed timerange, datetimerange or
/// datetimealt: Recognizers writes <c>(T08,T12,PT4H)</c> where TIMEX3 writes <c>TMO</c>); cases marked
/// NotSupported for dotnet; parser cases without an expected result (they test the parser's type, not a
/// value). A case passes when every expected result has an expression with the same span (<see cref="RecognizersSpan"/>)
/// whose value means the same as its timex (<see cref="TimexEquivalence"/>); a model case with no expected result passes
/// when nothing is found.
/// </summary>
public static class RecognizersEvaluator
{
    private static readonly string[] Files =
        ["DateParser.json", "DatePeriodParser.json", "DateTimeParser.json", "DurationParser.json", "SetParser.json", "TimeParser.json", "DateTimeModel.json"];

    private static readonly DateOnly DefaultReference = new(2016, 11, 7);

    /// <summary>Scores the in-scope files of <paramref name="folder"/>; failures are added to <paramref name="failures"/>.</summary>
    public static List<RecognizersFileScore> Evaluate(string folder, List<string>? failures = null)
    {
        var recognizer = new TimeRecognizer(new TimeOptions());
        var segmenter = new SegmenterStage();
        var scores = new List<RecognizersFileScore>();
        foreach (var file in Files)
        {
            using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, file)));
            int cases = 0, inScope = 0, passed = 0;
            foreach (var c in json.RootElement.EnumerateArray())
            {
                cases++;
                var expected = Expected(c, file == "DateTimeModel.json");
                if (expected == null || (expected.Count == 0 && file != "DateTimeModel.json")) continue;
                inScope++;
                var input = c.GetProperty("Input").GetString() ?? "";
                var document = new Document(input);
                segmenter.Process(document, CancellationToken.None);
                var times = recognizer.Recognize(input, document.Get(Layers.Tokens), document.Get(Layers.Sentences), null, Reference(c));
                if (Passes(input, times, expected)) passed++;
                else failures?.Add($"{file}: '{input}' expected [{string.Join("; ", expected.Select(e => e.Text + "=" + e.Timex))}] got [{string.Join("; ", times.Select(t => input[t.Start..t.End] + "=" + t.Value))}]");
            }
            scores.Add(new RecognizersFileScore(file, cases, inScope, passed));
        }
        return scores;
    }

    private static bool Passes(string input, List<TimeExpression> times, List<RecognizersExpected> expected)
    {
        if (expected.Count == 0) return times.Count == 0;
        foreach (var e in expected)
        {
            var ok = times.Any(t => RecognizersSpan.Matches(input[t.Start..t.End], t.Mod, e)
                && TimexEquivalence.Matches(t, e.Timex, e.Resolutions, RecognizersSpan.IsVague(e.Text)));
            if (!ok) return false;
        }
        return true;
    }

    private static DateOnly Reference(JsonElement c)
    {
        if (c.TryGetProperty("Context", out var context) && context.TryGetProperty("ReferenceDateTime", out var r)
            && DateOnly.TryParseExact(r.GetString()![..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            return d;
        }
        return DefaultReference;
    }

    /// <summary>The expected results, or null when the case is out of scope.</summary>
    private static List<RecognizersExpected>? Expected(JsonElement c, bool model)
    {
        if (NotSupported(c, "NotSupported") || NotSupported(c, "NotSupportedByDesign")) return null;
        var list = new List<RecognizersExpected>();
        if (!c.TryGetProperty("Results", out var results)) return list;
        foreach (var r in results.EnumerateArray())
        {
            if (!r.TryGetProperty("Text", out var textProperty)) return null;
            var text = textProperty.GetString() ?? "";
            var type = r.TryGetProperty(model ? "TypeName" : "Type", out var t) ? t.GetString() ?? "" : "";
            if (type.EndsWith("timerange", StringComparison.Ordinal) || type.EndsWith("datetimealt", StringComparison.Ordinal)) return null;
            var resolutions = new List<string>();
            string? timex = null, mod = null;
            if (model)
            {
                if (!r.TryGetProperty("Resolution", out var resolution) || !resolution.TryGetProperty("values", out var values)) return null;
                foreach (var v in values.EnumerateArray())
                {
                    timex ??= v.TryGetProperty("timex", out var tx) ? tx.GetString() : null;
                    mod ??= v.TryGetProperty("Mod", out var m) ? m.GetString() : null;
                    AddResolutions(v, resolutions);
                }
            }
            else
            {
                if (!r.TryGetProperty("Value", out var value) || value.ValueKind != JsonValueKind.Object) return null;
                timex = value.TryGetProperty("Timex", out var tx) ? tx.GetString() : null;
                mod = value.TryGetProperty("Mod", out var m) ? m.GetString() : null;
                foreach (var side in new[] { "FutureResolution", "PastResolution" })
                {
                    if (value.TryGetProperty(side, out var res) && res.ValueKind == JsonValueKind.Object) AddResolutions(res, resolutions);
                }
            }
            if (timex == null) return null;
            list.Add(new RecognizersExpected(text, timex, mod, resolutions));
        }
        return list;
    }

    /// <summary>The resolved dates of one reading (<c>2016-10-14 08:00:00</c> is kept as written; only its start is compared).</summary>
    private static void AddResolutions(JsonElement resolution, List<string> resolutions)
    {
        foreach (var key in ResolutionKeys)
        {
            if (resolution.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.String) resolutions.Add(v.GetString() ?? "");
        }
    }

    private static readonly string[] ResolutionKeys = ["value", "date", "dateTime", "time", "startDate", "start"];

    private static bool NotSupported(JsonElement c, string property) =>
        c.TryGetProperty(property, out var p) && (p.GetString() ?? "").Contains("dotnet", StringComparison.OrdinalIgnoreCase);
}
