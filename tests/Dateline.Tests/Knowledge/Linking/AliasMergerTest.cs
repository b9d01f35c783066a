using Dateline.Documents;
using Dateline.Knowledge.Dictionaries;
using Dateline.Knowledge.Linking;

namespace Dateline.Tests.Knowledge.Linking;

public class AliasMergerTest
{
    private static Entity E(int id, EntityType type, string name) => new("e" + id, type, name, [new TextSpan(id * 10, id * 10 + 5)]);

    private static List<List<int>> Merge(params Entity[] entities) =>
        AliasMerger.Merge(entities, new ActorEntry?[entities.Length], word => word is "china" or "georgia");

    [Fact]
    public void AFamilyNameJoinsTheOnlyPersonWhoHasIt() =>
        Assert.Equal([[0, 1], [2]], Merge(E(0, EntityType.Person, "Volodymyr Zelenskiy"), E(1, EntityType.Person, "Zelensky"), E(2, EntityType.Person, "Petro Poroshenko")));

    [Fact]
    public void AFamilyNameTwoPeopleShareStaysAlone() =>
        Assert.Equal([[0], [1], [2]], Merge(E(0, EntityType.Person, "John Smith"), E(1, EntityType.Person, "Mary Smith"), E(2, EntityType.Person, "Smith")));

    [Fact]
    public void APersonAndAPlaceWithOneNameStayApart() =>
        Assert.Equal([[0], [1]], Merge(E(0, EntityType.Person, "Washington"), E(1, EntityType.Location, "Washington")));

    [Fact]
    public void AnAcronymJoinsItsExpansionAcrossOrganizationAndPlace() =>
        Assert.Equal([[0, 1]], Merge(E(0, EntityType.Location, "United States"), E(1, EntityType.Organization, "U.S.")));

    [Fact]
    public void AnOrganizationsFirstWordJoinsItButACountryNameDoesNot() =>
        Assert.Equal([[0, 1], [2], [3]], Merge(
            E(0, EntityType.Organization, "Lockheed Martin"), E(1, EntityType.Organization, "Lockheed"),
            E(2, EntityType.Organization, "China Eastern Airlines"), E(3, EntityType.Organization, "China")));

    [Fact]
    public void OneDictionaryEntryMakesOneEntity()
    {
        var entry = new ActorEntry([["KREMLIN"], ["RUSSIAN", "WHITE", "HOUSE"]], [new ActorCode("RUSGOV", null, null)], 1);
        var entities = new[] { E(0, EntityType.Organization, "Kremlin"), E(1, EntityType.Organization, "Russian White House") };
        Assert.Equal([[0, 1]], AliasMerger.Merge(entities, [entry, entry], _ => false));
    }
}
