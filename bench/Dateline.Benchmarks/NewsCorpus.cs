using System.Text.Json;
using Dateline.Corpora;
using Dateline.Text;

namespace Dateline.Benchmarks;

/// <summary>
/// Writes the JSONL corpus for the end-to-end timing (<c>bench/end-to-end.sh</c>): the raw text of every GUM
/// document rebuilt from ../shared/data (news, interviews, biographies...), one article per line, repeated
/// <c>copies</c> times with distinct ids. The corpus is made at run time and never committed.
/// </summary>
internal static class NewsCorpus
{
    /// <summary>Writes the corpus and returns the number of articles and characters written.</summary>
    public static (int Articles, long Characters) Write(string path, int copies)
    {
        var data = SharedData.Locate(Directory.GetCurrentDirectory()) ?? SharedData.Locate()
            ?? throw new DirectoryNotFoundException("../shared/data is needed to build the end-to-end corpus.");
        var documents = Directory.GetFiles(Path.Combine(data, "gum"), "*.conllu").Order(StringComparer.Ordinal)
            .SelectMany(file => TreebankTextBuilder.Build(ConlluReader.ReadFile(file)))
            .Select(d => d.Text)
            .ToList();
        using var output = new StreamWriter(path);
        long characters = 0;
        var articles = 0;
        for (var copy = 0; copy < copies; copy++)
        {
            foreach (var text in documents)
            {
                var line = JsonSerializer.Serialize(new { id = $"gum-{copy}-{articles}", published = "2022-02-15", text });
                output.WriteLine(line);
                characters += text.Length;
                articles++;
            }
        }
        return (articles, characters);
    }
}
