using System.Text;
using Dateline.Corpora;
using Dateline.Text;

namespace Dateline.Benchmarks;

/// <summary>
/// The news-like corpus of <see cref="SegmentationBenchmarks"/>, as UTF-8 documents: the raw text of UD
/// English-EWT train rebuilt document by document (about 1 MB in 540 documents) when ../shared/data is
/// present, else about 1 MB of generated news-style paragraphs (deterministic, seed 7).
/// </summary>
internal static class SegmentationCorpus
{
    /// <summary>Loads the corpus and says where it came from.</summary>
    public static (byte[][] Documents, string Source) Load()
    {
        var data = SharedData.Locate(Directory.GetCurrentDirectory()) ?? SharedData.Locate();
        var train = data == null ? null : Path.Combine(data, "ud-english-ewt", "en_ewt-ud-train.conllu");
        if (train != null && File.Exists(train))
        {
            var documents = TreebankTextBuilder.Build(ConlluReader.ReadFile(train))
                .Select(d => Encoding.UTF8.GetBytes(d.Text)).ToArray();
            return (documents, "UD English-EWT train, rebuilt raw text");
        }
        return (Generate(1_000_000), "generated news-style text (seed 7)");
    }

    /// <summary>Total bytes of the corpus.</summary>
    public static long TotalBytes(byte[][] documents) => documents.Sum(d => (long)d.Length);

    private static byte[][] Generate(int bytes)
    {
        string[] subjects = ["The ministry", "Officials in Kyiv", "Mr. Okafor", "The U.S. envoy", "Acme Corp.", "Police"];
        string[] verbs = ["said", "reported", "denied", "confirmed", "announced"];
        string[] objects = ["that 1,200 troops had left", "a 3.5% rise in prices", "talks at 10:30 on Feb. 16",
            "the country's plan", "that it wouldn't sign", "new sanctions on Tuesday"];
        var random = new Random(7);
        var documents = new List<byte[]>();
        var total = 0;
        while (total < bytes)
        {
            var text = new StringBuilder();
            for (var paragraph = 0; paragraph < 6; paragraph++)
            {
                for (var sentence = 0; sentence < 3; sentence++)
                {
                    var quoted = random.Next(4) == 0;
                    text.Append(quoted ? "\"" : "").Append(subjects[random.Next(subjects.Length)]).Append(' ')
                        .Append(verbs[random.Next(verbs.Length)]).Append(' ').Append(objects[random.Next(objects.Length)])
                        .Append(quoted ? ",\" a spokesman said. " : ". ");
                }
                text.Append("\n\n");
            }
            var document = Encoding.UTF8.GetBytes(text.ToString());
            documents.Add(document);
            total += document.Length;
        }
        return [.. documents];
    }
}
