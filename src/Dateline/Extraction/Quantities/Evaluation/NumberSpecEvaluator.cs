using System.Globalization;
using Dateline.Documents;
using Dateline.Extraction.Numbers;
using Dateline.Text;

namespace Dateline.Extraction.Quantities.Evaluation;

/// <summary>
/// Runs the Microsoft Recognizers-Text English spec cases (Number and NumberWithUnit) through the tokenizer,
/// the number reader and the quantity extractor. A case passes when the values found equal the spec's
/// resolution value strings, in order (numbers formatted like the .NET reference: 15 significant digits).
/// </summary>
public sealed class NumberSpecEvaluator
{
    private static readonly (string File, SpecModel Model)[] Evaluated =
    [
        ("Number/English/NumberModel.json", SpecModel.Number),
        ("Number/English/OrdinalModel.json", SpecModel.Ordinal),
        ("Number/English/PercentModel.json", SpecModel.Percent),
        ("Number/English/NumberRangeModel.json", SpecModel.NumberRange),
        ("NumberWithUnit/English/CurrencyModel.json", SpecModel.Currency),
    ];

    private static readonly (string File, string Reason)[] Skipped =
    [
        ("Number/English/*ExperimentalMode.json, *PercentMode.json, OrdinalModelSuppressExtendedTypes.json", "non-default recognizer options"),
        ("NumberWithUnit/English/AgeModel.json", "ages are out of scope (a count of years)"),
        ("NumberWithUnit/English/TemperatureModel.json", "temperatures are out of scope"),
        ("NumberWithUnit/English/DimensionModel.json", "dimensions are only partly in scope (distance and weight units; no area, speed or information units resolved the spec's way)"),
    ];

    private readonly SegmenterStage _segmenter = new();

    /// <summary>Evaluates the spec files under <paramref name="recognizersFolder"/> (the <c>recognizers-text</c> folder).</summary>
    /// <param name="recognizersFolder">The folder holding <c>Number/English</c> and <c>NumberWithUnit/English</c>.</param>
    /// <param name="maxFailures">How many failures to keep per file.</param>
    /// <exception cref="FileNotFoundException">A spec file is missing (names it).</exception>
    public NumberSpecReport Evaluate(string recognizersFolder, int maxFailures = 0)
    {
        var scores = new List<SpecFileScore>();
        foreach (var (file, model) in Evaluated)
        {
            var path = Path.Combine(recognizersFolder, file);
            if (!File.Exists(path)) throw new FileNotFoundException($"E021: spec file {path} not found.", path);
            scores.Add(EvaluateFile(file, model, SpecReader.Read(path), maxFailures));
        }
        return new NumberSpecReport(scores, Skipped);
    }

    private SpecFileScore EvaluateFile(string file, SpecModel model, IReadOnlyList<SpecCase> cases, int maxFailures)
    {
        var excluded = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var failures = new List<SpecFailure>();
        int inScope = 0, passed = 0;
        foreach (var specCase in cases)
        {
            var category = SpecExclusions.Of(model, specCase);
            if (category != null)
            {
                excluded[category] = excluded.GetValueOrDefault(category) + 1;
                continue;
            }
            inScope++;
            var expected = Expected(model, specCase);
            var actual = Actual(model, specCase.Input);
            if (Matches(expected, actual)) passed++;
            else if (failures.Count < maxFailures) failures.Add(new SpecFailure(specCase.Input, string.Join(" | ", expected), string.Join(" | ", actual)));
        }
        return new SpecFileScore(file, cases.Count, inScope, passed, excluded, failures);
    }

    /// <summary>Expected values; a currency's ISO code is appended after a space when the spec gives one.</summary>
    private static List<string> Expected(SpecModel model, SpecCase specCase)
    {
        var values = new List<string>();
        foreach (var result in specCase.Results)
        {
            var value = result.Value ?? "";
            values.Add(model switch
            {
                SpecModel.NumberRange => value.Trim('[', ']', '(', ')'),
                SpecModel.Currency when result.IsoCurrency != null => value + " " + result.IsoCurrency,
                _ => value,
            });
        }
        return values;
    }

    private static bool Matches(List<string> expected, List<string> actual)
    {
        if (expected.Count != actual.Count) return false;
        for (var i = 0; i < expected.Count; i++)
        {
            // Actual currency values always carry a code; compare it only where the spec names one.
            var a = expected[i].Contains(' ') ? actual[i] : actual[i].Split(' ')[0];
            if (!string.Equals(expected[i], a, StringComparison.Ordinal)) return false;
        }
        return true;
    }

    private List<string> Actual(SpecModel model, string input)
    {
        var document = new Document(input);
        _segmenter.Process(document, CancellationToken.None);
        var values = new List<string>();
        if (model is SpecModel.Number or SpecModel.Ordinal)
        {
            foreach (var number in Numbers(document))
            {
                var isOrdinal = number.Kind == NumberKind.Ordinal;
                if (model == SpecModel.Ordinal ? isOrdinal : !isOrdinal && !number.HasSuffix) values.Add(Format(number.Value));
            }
            return values;
        }
        foreach (var quantity in QuantityExtractor.Extract(document))
        {
            switch (model)
            {
                case SpecModel.Percent when quantity.Kind == QuantityKind.Percent:
                    values.Add(Format(quantity.Value) + "%");
                    break;
                case SpecModel.NumberRange when quantity.Lower != null || quantity.Upper != null:
                    values.Add(Format(quantity.Lower) + "," + Format(quantity.Upper));
                    break;
                case SpecModel.Currency when quantity.Kind == QuantityKind.Money:
                    values.Add(Format(quantity.Value) + " " + quantity.Currency);
                    break;
            }
        }
        return values;
    }

    private static List<NumberMatch> Numbers(Document document)
    {
        var tokens = new NumberTokens(document.Text, document.Get(Layers.Tokens));
        var scanner = new NumberScanner(tokens);
        var numbers = new List<NumberMatch>();
        foreach (var sentence in document.Get(Layers.Sentences)) scanner.Scan(sentence.FirstToken, sentence.EndToken, numbers);
        return numbers;
    }

    /// <summary>Formats a value the way the .NET reference prints resolutions (<c>G15</c>).</summary>
    public static string Format(double? value) => value?.ToString("G15", CultureInfo.InvariantCulture) ?? "";
}
