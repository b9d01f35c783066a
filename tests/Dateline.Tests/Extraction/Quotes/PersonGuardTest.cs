using Dateline.Documents;
using Dateline.Extraction.Quotes;

namespace Dateline.Tests.Extraction.Quotes;

public sealed class PersonGuardTest
{
    [Fact]
    public void APersonWhoseNameEndsLikeACompanyIsNotTakenForAPerson()
    {
        const string text = "General Motors said it would close a plant.";
        var motors = new Entity("e1", EntityType.Person, "Motors", [new TextSpan(8, 14)]);
        Assert.Equal([false], PersonGuard.People(text, [motors]));
    }

    [Fact]
    public void APersonThatIsTheTailOfAnOrganizationsNameIsNotTakenForAPerson()
    {
        const string text = "Talbot Ferries lost money. Ferries was sold. Later Talbot Ferries hired staff.";
        var company = new Entity("e1", EntityType.Organization, "Talbot Ferries", [new TextSpan(0, 14)]);
        var ferries = new Entity("e2", EntityType.Person, "Ferries", [new TextSpan(27, 34), new TextSpan(58, 65)]);
        Assert.Equal([false, false], PersonGuard.People(text, [company, ferries]));
    }

    [Fact]
    public void AnOrdinaryPersonStaysAPersonEvenAfterATitle()
    {
        const string text = "General Ana Ruiz said the troops would stay. Ruiz left.";
        var ruiz = new Entity("e1", EntityType.Person, "Ana Ruiz", [new TextSpan(8, 16), new TextSpan(45, 49)]);
        var place = new Entity("e2", EntityType.Location, "Ruiz", []);
        Assert.Equal([true, false], PersonGuard.People(text, [ruiz, place]));
    }
}
