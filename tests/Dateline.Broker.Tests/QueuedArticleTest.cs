using System.Text;
using Dateline.Documents;

namespace Dateline.Broker.Tests;

public sealed class QueuedArticleTest
{
    [Fact]
    public void AnArticleComesBackWithItsTextAndMetadata()
    {
        var document = new Document("Ministers of two neighbouring states met at the border on Friday.", new ArticleMetadata
        {
            Id = "a-1",
            Url = "https://news.example/a-1",
            Title = "Border talks",
            Published = new DateTimeOffset(2022, 2, 15, 0, 0, 0, TimeSpan.Zero),
            Source = "Example Wire",
            Bylines = ["Jane Roe"],
            DatelinePlaces = ["GENEVA"],
            Origin = "a-1.txt",
        });
        var back = QueuedArticle.Decode(QueuedArticle.Encode(document));
        Assert.Equal(document.Text, back.Text);
        Assert.Equal(document.Metadata.Published, back.Metadata.Published);
        Assert.Equal(["Jane Roe"], back.Metadata.Bylines);
        Assert.Equal(["GENEVA"], back.Metadata.DatelinePlaces);
        Assert.Equal(document.Metadata with { Bylines = [], DatelinePlaces = [] }, back.Metadata with { Bylines = [], DatelinePlaces = [] });
    }

    [Theory]
    [InlineData("not json", "not a readable queued article")]
    [InlineData("[1, 2]", "not a JSON object")]
    [InlineData("{\"schema\":\"other/1\",\"text\":\"x\"}", "schema is not dateline.queued/1")]
    [InlineData("{\"schema\":\"dateline.queued/1\"}", "has no text")]
    [InlineData("{\"schema\":\"dateline.queued/1\",\"text\":42}", "'text' is not a string")]
    public void AnUnreadableMessageIsAFormatErrorSayingWhatIsWrong(string body, string message)
    {
        var error = Assert.Throws<FormatException>(() => QueuedArticle.Decode(Encoding.UTF8.GetBytes(body)));
        Assert.Contains(message, error.Message);
    }
}
