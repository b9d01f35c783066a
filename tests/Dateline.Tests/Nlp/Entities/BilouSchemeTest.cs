using Dateline.Documents;
using Dateline.Nlp.Entities;

namespace Dateline.Tests.Nlp.Entities;

public class BilouSchemeTest
{
    private static int Label(EntityType type, int part) => BilouScheme.Label(BilouScheme.TypeIndex(type), part);

    [Fact]
    public void EncodingMarksSingleWordsAsUnitAndLongerNamesAsBeginInsideLast()
    {
        var labels = BilouScheme.Encode(
            [new NamedSpan(0, 1, EntityType.Person), new NamedSpan(2, 5, EntityType.Organization)], 6);
        Assert.Equal(
            [Label(EntityType.Person, BilouScheme.Unit), 0, Label(EntityType.Organization, BilouScheme.Begin),
             Label(EntityType.Organization, BilouScheme.Inside), Label(EntityType.Organization, BilouScheme.Last), 0],
            labels);
    }

    [Fact]
    public void EncodingIgnoresGroupsAndOverlappingNames()
    {
        var labels = BilouScheme.Encode(
            [new NamedSpan(0, 2, EntityType.Location), new NamedSpan(1, 3, EntityType.Person), new NamedSpan(3, 4, EntityType.Group)], 4);
        Assert.Equal([Label(EntityType.Location, BilouScheme.Begin), Label(EntityType.Location, BilouScheme.Last), 0, 0], labels);
    }

    [Fact]
    public void DecodingIsTheInverseOfEncoding()
    {
        NamedSpan[] spans = [new(1, 3, EntityType.Location), new(3, 4, EntityType.Person), new(5, 9, EntityType.Organization)];
        Assert.Equal(spans, BilouScheme.Decode(BilouScheme.Encode(spans, 10)));
    }

    [Fact]
    public void AnInsideLabelWithoutBeginStartsAName()
    {
        int[] labels = [0, Label(EntityType.Person, BilouScheme.Inside), Label(EntityType.Person, BilouScheme.Last), 0];
        Assert.Equal([new NamedSpan(1, 3, EntityType.Person)], BilouScheme.Decode(labels));
    }

    [Fact]
    public void ANameLeftOpenIsClosedAtAChangeOfTypeOrAtTheEnd()
    {
        int[] labels =
        [
            Label(EntityType.Person, BilouScheme.Begin), Label(EntityType.Location, BilouScheme.Inside),
            Label(EntityType.Location, BilouScheme.Inside),
        ];
        Assert.Equal([new NamedSpan(0, 1, EntityType.Person), new NamedSpan(1, 3, EntityType.Location)], BilouScheme.Decode(labels));
    }

    [Fact]
    public void TransitionsAllowOnlyWellFormedSequences()
    {
        var begin = Label(EntityType.Person, BilouScheme.Begin);
        var inside = Label(EntityType.Person, BilouScheme.Inside);
        var last = Label(EntityType.Person, BilouScheme.Last);
        Assert.True(BilouScheme.CanFollow(begin, inside));
        Assert.True(BilouScheme.CanFollow(inside, last));
        Assert.True(BilouScheme.CanFollow(last, BilouScheme.Outside));
        Assert.False(BilouScheme.CanFollow(BilouScheme.Outside, inside));
        Assert.False(BilouScheme.CanFollow(begin, BilouScheme.Outside));
        Assert.False(BilouScheme.CanFollow(begin, Label(EntityType.Location, BilouScheme.Last)));
        Assert.False(BilouScheme.CanEnd(begin));
        Assert.False(BilouScheme.CanStart(last));
    }
}
