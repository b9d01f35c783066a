using Dateline.Events.Cameo;

namespace Dateline.Tests.Events.Cameo;

public class CameoNegationsTest
{
    [Fact]
    public void Negating_disapproval_gives_diplomatic_cooperation_and_back()
    {
        var negations = CameoNegations.LoadBuiltIn();
        Assert.Equal("050", negations.Negate("110"));
        Assert.Equal("110", negations.Negate("050"));
    }

    [Fact]
    public void A_code_without_a_negation_is_left_alone()
    {
        Assert.Null(CameoNegations.LoadBuiltIn().Negate("192"));
    }

    [Fact]
    public void Every_built_in_negation_is_a_known_code_whose_negation_leads_back()
    {
        var catalog = CameoCatalog.LoadBuiltIn();
        var negations = CameoNegations.LoadBuiltIn();
        foreach (var code in catalog.Codes)
        {
            if (negations.Negate(code.Code) is not { } negated) continue;
            Assert.True(catalog.TryGet(negated, out _), negated);
            Assert.Equal(code.Code, negations.Negate(negated));
        }
    }

    [Fact]
    public void A_bad_row_is_reported_with_file_and_line()
    {
        var error = Assert.Throws<InvalidDataException>(() => CameoNegations.Read("code\tnegated\tnote\n110\t5x\tbad\n", "n.tsv"));
        Assert.StartsWith("n.tsv:2:", error.Message, StringComparison.Ordinal);
    }
}
