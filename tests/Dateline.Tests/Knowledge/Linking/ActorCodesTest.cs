using Dateline.Knowledge.Dictionaries;
using Dateline.Knowledge.Linking;

namespace Dateline.Tests.Knowledge.Linking;

public class ActorCodesTest
{
    private static readonly Func<string, bool> IsCountry = code => code is "UKR" or "RUS" or "USA";

    [Theory]
    [InlineData("UKRGOV", "GOV", "UKR")]
    [InlineData("RUSMIL", "MIL", "RUS")]
    [InlineData("USA", null, "USA")]
    [InlineData("MED", "MED", null)]
    [InlineData("IGOWSTNAT", "IGO", null)]
    [InlineData("NGORUSHRI", "NGO", "RUS")]
    public void RoleAndCountryAreReadFromTheCode(string code, string? role, string? country)
    {
        var actor = ActorCodes.Describe(code, ActorSource.Dictionary, IsCountry);
        Assert.Equal((code, role, country), (actor.Code, actor.Role, actor.Country));
    }

    [Fact]
    public void WithoutADateTheUndatedCodeIsTaken()
    {
        var entry = new ActorEntry([["X"]], [new ActorCode("UKRGOV", new DateOnly(2019, 5, 20), null), new ActorCode("UKR", null, null)], 1);
        Assert.Equal("UKR", ActorCodes.CodeAt(entry, null));
    }

    [Fact]
    public void WithoutADateAndOnlyDatedCodesTheLatestIsTaken()
    {
        var entry = new ActorEntry([["X"]], [new ActorCode("UKRELI", null, new DateOnly(2019, 5, 20)), new ActorCode("UKRGOV", new DateOnly(2019, 5, 20), null)], 1);
        Assert.Equal("UKRGOV", ActorCodes.CodeAt(entry, null));
    }
}
