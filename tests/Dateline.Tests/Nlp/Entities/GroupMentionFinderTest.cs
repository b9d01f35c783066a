using Dateline.Documents;
using Dateline.Nlp.Entities;
using Dateline.Tests.Support;

namespace Dateline.Tests.Nlp.Entities;

public class GroupMentionFinderTest
{
    private static List<string> Groups(string line, params NamedSpan[] names)
    {
        var document = HandTokenizedDocument.Create(line);
        var tokens = document.Get(Layers.Tokens);
        var mentions = new List<NameMention>();
        GroupMentionFinder.Find(new SentenceText(document.Text, tokens, 0, tokens.Count), names, TinyModel.Lists, mentions);
        Assert.All(mentions, m => Assert.Equal(EntityType.Group, m.Type));
        return [.. mentions.Select(m => document.TextOf(m.Span))];
    }

    [Fact]
    public void CapitalizedNationalityAndBlocWordsAreGroups() =>
        Assert.Equal(["Russian", "Western", "Ukrainians"], Groups("Russian and Western envoys met Ukrainians"));

    [Fact]
    public void ANationalityWordInsideAFoundNameIsNotAGroup() =>
        Assert.Empty(Groups("the Russian Federation said", new NamedSpan(1, 3, EntityType.Location)));

    [Fact]
    public void LowerCaseSpellingsAreNotGroups() =>
        Assert.Empty(Groups("russian western"));
}
