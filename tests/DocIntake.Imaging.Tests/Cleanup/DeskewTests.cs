using DocIntake.Imaging.Cleanup;

namespace DocIntake.Imaging.Tests.Cleanup;

public class DeskewTests
{
    [Theory]
    [InlineData(0.0)]
    [InlineData(1.3)]
    [InlineData(-2.0)]
    [InlineData(4.2)]
    [InlineData(-7.5)]
    [InlineData(9.0)]
    public void EstimateAngle_IsWithinAThirdOfADegree_WhenTextBarsAreTurnedByKnownAngle(double degrees)
    {
        var page = SyntheticPages.RotatedTextBars(800, 1000, degrees);

        var estimate = Deskew.EstimateAngle(page);

        Assert.InRange(estimate, degrees - 0.3, degrees + 0.3);
    }

    [Fact]
    public void Straighten_LeavesNoMeasurableSkew_WhenGivenTheEstimate()
    {
        var page = SyntheticPages.RotatedTextBars(800, 1000, 3.5);

        var straight = Deskew.Straighten(page, Deskew.EstimateAngle(page));

        Assert.InRange(Deskew.EstimateAngle(straight), -0.2, 0.2);
        Assert.DoesNotContain(straight.Pixels, p => p is not 0 and not 255);
        Assert.InRange(SyntheticPages.CountBlack(straight), SyntheticPages.CountBlack(page) * 0.97, SyntheticPages.CountBlack(page) * 1.03);
    }

    [Fact]
    public void EstimateAngle_ReturnsZero_WhenPageIsBlank()
    {
        Assert.Equal(0, Deskew.EstimateAngle(SyntheticPages.White(300, 300)));
    }

    [Fact]
    public void Rotate_InterpolatesGray_WhenBilinear()
    {
        var page = SyntheticPages.White(100, 100);
        SyntheticPages.FillRect(page, 20, 45, 60, 10);

        var turned = FreeRotation.Rotate(page, 10, bilinear: true);

        Assert.Contains(turned.Pixels, p => p is > 0 and < 255);
        Assert.Equal(255, turned[0, 0]);
    }
}
