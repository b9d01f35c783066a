using System.Text;
using CsCheck;
using Dateline.Ingest;

namespace Dateline.Tests.Ingest;

/// <summary>
/// Feeds generated input to every reader through the loader: random bytes, random strings, and random
/// mutations (byte edits, insertions, deletions, truncation, duplication) of the valid fixtures. Whatever comes
/// in, no exception may escape and every outcome must be an article with text and origin, or an error with a
/// path, code and message.
/// </summary>
public class IngestFuzzTest
{
    private const int Iterations = 2000;

    private static readonly ArticleLoader Loader = new(new ArticleLoaderOptions { MaxArticleChars = 100_000 });

    public static TheoryData<string, string> Readers() => new()
    {
        { "page.html", "wire-story.html" },
        { "page.htm", "time-only.html" },
        { "feed.rss", "three-items.rss" },
        { "feed.atom", "entries.atom" },
        { "lines.jsonl", "mixed.jsonl" },
        { "records.xml", "records.xml" },
        { "story.txt", "latin1-page.html" },
    };

    [Theory]
    [MemberData(nameof(Readers))]
    public void RandomBytesNeverEscapeAsExceptions(string name, string fixture)
    {
        _ = fixture;
        Gen.Byte.Array[0, 800].Sample(bytes => AssertWellFormed(bytes, name), iter: Iterations, threads: 1);
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public void RandomStringsNeverEscapeAsExceptions(string name, string fixture)
    {
        _ = fixture;
        Gen.String[0, 400].Sample(text => AssertWellFormed(Encoding.UTF8.GetBytes(text), name), iter: Iterations, threads: 1);
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public void MutatedValidSamplesNeverEscapeAsExceptions(string name, string fixture)
    {
        var valid = File.ReadAllBytes(Fixtures.Path(fixture));
        var edits = Gen.Select(Gen.Int[0, 4], Gen.Int[0, valid.Length], Gen.Byte).Array[1, 12];
        edits.Sample(e => AssertWellFormed(Mutate(valid, e), name), iter: Iterations, threads: 1);
    }

    [Fact]
    public void WireMetadataSpansStayInsideTheText()
    {
        var extractor = new WireMetadataExtractor();
        var pieces = Gen.OneOf<string>("MOSCOW (Reuters) - ", "By Jane Doe and ", "Posted By: ", "NEW DELHI: ", ", Feb 31 ", "| Desk:", "\n\n", "(Reporting by ", "; Editing by ", "Kyiv/ ", " \u2014 ", "x");
        Gen.OneOf(Gen.String[0, 200], pieces.Array[0, 20].Select(string.Concat)).Sample(text =>
        {
            var found = extractor.Extract(text);
            var spans = found.DatelinePlaces.Concat(found.Bylines).Concat(found.Editors).Select(v => v.Span).ToList();
            if (found.Source is { } source) spans.Add(source.Span);
            if (found.Dateline is { } dateline) spans.Add(dateline);
            Assert.All(spans, s => Assert.True(s.Start >= 0 && s.Start <= s.End && s.End <= text.Length, $"span {s} outside text of {text.Length}"));
        }, iter: Iterations, threads: 1);
    }

    private static void AssertWellFormed(byte[] bytes, string name)
    {
        foreach (var outcome in Loader.Load(new MemoryStream(bytes), name))
        {
            switch (outcome)
            {
                case LoadedArticle article:
                    Assert.False(string.IsNullOrWhiteSpace(article.Text));
                    Assert.StartsWith(name, article.Metadata.Origin);
                    Assert.NotNull(article.Metadata.Id);
                    break;
                case InputError error:
                    Assert.Equal(name, error.Path);
                    Assert.False(string.IsNullOrWhiteSpace(error.Code));
                    Assert.False(string.IsNullOrWhiteSpace(error.Message));
                    break;
                default:
                    Assert.Fail("unexpected outcome " + outcome);
                    break;
            }
        }
    }

    private static byte[] Mutate(byte[] valid, (int Kind, int Position, byte Value)[] edits)
    {
        var bytes = new List<byte>(valid);
        foreach (var (kind, position, value) in edits)
        {
            var at = Math.Min(position, bytes.Count);
            switch (kind)
            {
                case 0 when at < bytes.Count: bytes[at] = value; break;
                case 1: bytes.Insert(at, value); break;
                case 2 when at < bytes.Count: bytes.RemoveAt(at); break;
                case 3: bytes.RemoveRange(at, bytes.Count - at); break;
                case 4: bytes.InsertRange(at, bytes.GetRange(at, Math.Min(value, bytes.Count - at))); break;
            }
        }
        return [.. bytes];
    }
}
