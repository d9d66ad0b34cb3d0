using DocIntake.Core.Extraction.Values;

namespace DocIntake.Core.Tests.Extraction;

public class UnitsTests
{
    [Theory]
    [InlineData("μm", "μm", true)]
    [InlineData("um", "μm", true)]
    [InlineData("wm", "μm", false)] // μ read as w
    [InlineData("hm", "μm", false)] // μ read as h
    [InlineData("Em", "μm", false)] // …or E, or n: no unit printed on a record is one letter and m but mm and cm
    [InlineData("nm", "μm", false)]
    [InlineData("“um", "μm", true)] // a fax speck read as a quote mark
    [InlineData("cm", "cm", true)]
    [InlineData("yum", "μm", false)] // one edit from um, the OCR spelling of μm
    [InlineData("mm", "mm", true)]
    [InlineData("pes", "pcs", true)] // c read e: no unit is spelled "pes"
    [InlineData("sel", "set", false)] // one character off a known unit: a person should look
    [InlineData("本", "本", true)]
    [InlineData("Pcs", "pcs", true)] // a capital at the start of a line: the unit as listed
    [InlineData("KG", "kg", true)]
    public void Read_GivesTheKnownUnit_ForItsOcrSpellings(string printed, string unit, bool exact)
    {
        Assert.Equal((unit, exact), Units.Read(printed));
    }
}
