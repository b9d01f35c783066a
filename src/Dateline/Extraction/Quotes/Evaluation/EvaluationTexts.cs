using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Dateline.Corpora;
using Dateline.Extraction.Times.Evaluation;
using Dateline.Text;

namespace Dateline.Extraction.Quotes.Evaluation;

/// <summary>
/// Rebuilds article texts from the shared data for labelled sets that store only offsets:
/// MEANTIME articles (<c>meantime/intra-doc_annotation/corpus_*/ID.xml</c>, read by the time evaluation's reader and
/// detokenized, see <see cref="MeantimeDetokenizer"/>) and GUM documents (<c>gum/ID.conllu</c>, rebuilt from the
/// sentences' <c># text</c> with blank lines between paragraphs, see <see cref="TreebankTextBuilder"/>).
/// </summary>
public static class EvaluationTexts
{
    /// <summary>The MEANTIME corpus name in labelled sets.</summary>
    public const string Meantime = "meantime";

    /// <summary>The GUM corpus name in labelled sets.</summary>
    public const string Gum = "gum";

    /// <summary>The document ids of a corpus under <paramref name="dataRoot"/>, sorted; empty when the folder is absent.</summary>
    public static IReadOnlyList<string> List(string dataRoot, string corpus)
    {
        var ids = new List<string>();
        if (corpus == Meantime)
        {
            var folder = Path.Combine(dataRoot, "meantime", "intra-doc_annotation");
            if (Directory.Exists(folder)) ids.AddRange(Directory.EnumerateFiles(folder, "*.xml", SearchOption.AllDirectories).Select(Path.GetFileNameWithoutExtension)!);
        }
        else if (corpus == Gum)
        {
            var folder = Path.Combine(dataRoot, "gum");
            if (Directory.Exists(folder)) ids.AddRange(Directory.EnumerateFiles(folder, "GUM_*.conllu").Select(Path.GetFileNameWithoutExtension)!);
        }
        ids.Sort(StringComparer.Ordinal);
        return ids;
    }

    /// <summary>Rebuilds one article; the error names the corpus, document and file when it cannot.</summary>
    public static EvaluationTextResult Load(string dataRoot, string corpus, string document)
    {
        try
        {
            return corpus switch
            {
                Meantime => LoadMeantime(dataRoot, document),
                Gum => LoadGum(dataRoot, document),
                _ => EvaluationTextResult.Failure($"unknown corpus '{corpus}' (expected '{Meantime}' or '{Gum}')"),
            };
        }
        catch (Exception e) when (e is IOException or FormatException or InvalidDataException or System.Xml.XmlException)
        {
            return EvaluationTextResult.Failure($"{corpus}/{document}: {e.Message}");
        }
    }

    /// <summary>Lower-case hex SHA-256 of the UTF-8 bytes of <paramref name="text"/>.</summary>
    public static string Sha256(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static EvaluationTextResult LoadMeantime(string dataRoot, string document)
    {
        var folder = Path.Combine(dataRoot, "meantime", "intra-doc_annotation");
        var path = Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, document + ".xml", SearchOption.AllDirectories).FirstOrDefault()
            : null;
        if (path == null) return EvaluationTextResult.Failure($"meantime/{document}: no {document}.xml under {folder}");
        var source = MeantimeReader.Read(path);
        var text = MeantimeDetokenizer.Join(source.Text, source.Tokens, source.Sentences);
        return EvaluationTextResult.Success(new EvaluationText(Meantime, document, text, source.CreationDate));
    }

    private static EvaluationTextResult LoadGum(string dataRoot, string document)
    {
        var path = Path.Combine(dataRoot, "gum", document + ".conllu");
        if (!File.Exists(path)) return EvaluationTextResult.Failure($"gum/{document}: {path} does not exist");
        var sentences = ConlluReader.ReadFile(path).ToList();
        var gold = TreebankTextBuilder.Build(sentences).FirstOrDefault();
        if (gold == null) return EvaluationTextResult.Failure($"gum/{document}: {path} holds no sentences");
        return EvaluationTextResult.Success(new EvaluationText(Gum, document, gold.Text, DateCreated(sentences[0])));
    }

    /// <summary>GUM's <c># meta::dateCreated = yyyy-MM-dd</c> comment on the first sentence.</summary>
    private static DateOnly? DateCreated(ConlluSentence first)
    {
        const string Key = "meta::dateCreated =";
        foreach (var comment in first.Comments)
        {
            if (!comment.StartsWith(Key, StringComparison.Ordinal)) continue;
            var value = comment[Key.Length..].Trim();
            if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        }
        return null;
    }
}
