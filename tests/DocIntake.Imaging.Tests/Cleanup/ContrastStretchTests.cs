using DocIntake.Imaging.Cleanup;

namespace DocIntake.Imaging.Tests.Cleanup;

public class ContrastStretchTests
{
    [Fact]
    public void Apply_SpreadsValuesToFullRange_WhenScanIsLowContrast()
    {
        var page = SyntheticPages.Filled(100, 100, 180);
        SyntheticPages.FillRect(page, 10, 10, 30, 30, 100);

        var (result, bounds) = ContrastStretch.Apply(page);

        Assert.Equal((100, 180), bounds);
        Assert.Equal(0, result[20, 20]);
        Assert.Equal(255, result[80, 80]);
        Assert.Equal(180, page[80, 80]);
    }

    [Fact]
    public void Apply_ReturnsInput_WhenAlreadyFullRange()
    {
        var page = SyntheticPages.White(50, 50);
        SyntheticPages.FillRect(page, 5, 5, 10, 10);

        var (result, bounds) = ContrastStretch.Apply(page);

        Assert.Same(page, result);
        Assert.Null(bounds);
    }

    [Fact]
    public void Apply_ReturnsInput_WhenPageIsBlankWithNoise()
    {
        var page = SyntheticPages.Filled(50, 50, 200);
        for (var i = 0; i < page.Pixels.Length; i += 7)
        {
            page.Pixels[i] = 210;
        }

        var (result, bounds) = ContrastStretch.Apply(page);

        Assert.Same(page, result);
        Assert.Null(bounds);
    }
}
