using DocIntake.Imaging.Cleanup;

namespace DocIntake.Imaging.Tests.Cleanup;

public class PageResolutionTests
{
    [Theory]
    [InlineData(1728, 1143, 204, 98)]
    [InlineData(1728, 1078, 204, 98)]
    [InlineData(1728, 2287, 204, 196)]
    [InlineData(1730, 2156, 204, 196)]
    [InlineData(2048, 1400, 204, 98)]
    [InlineData(2480, 3508, 300, 300)]
    [InlineData(2550, 3300, 300, 300)]
    [InlineData(1700, 2200, 200, 200)]
    [InlineData(3508, 2480, 300, 300)]
    public void Guess_ReturnsFaxOrPageResolution_WhenGivenPageSize(int width, int height, double dpiX, double dpiY)
    {
        var guess = PageResolution.Guess(width, height);

        Assert.Equal((dpiX, dpiY), guess);
    }

    [Theory]
    [InlineData(204, 98, true)]
    [InlineData(204, 196, true)]
    [InlineData(300, 300, true)]
    [InlineData(98, 204, true)]
    [InlineData(0, 0, false)]
    [InlineData(72, 1000, false)]
    [InlineData(3000, 3000, false)]
    [InlineData(300, 200, false)]
    [InlineData(1, 1, false)]
    public void IsPlausible_AcceptsSquareAndFaxRatiosOnly_WhenWithinRange(double dpiX, double dpiY, bool expected)
    {
        Assert.Equal(expected, PageResolution.IsPlausible(dpiX, dpiY));
    }
}
