using DocIntake.Core.Errors;
using DocIntake.Imaging.Decoding;
using static DocIntake.Imaging.Tests.Decoding.PdfTestFiles;

namespace DocIntake.Imaging.Tests.Decoding;

public sealed class PdfRobustnessTests
{
    [Fact]
    public async Task Open_RefusesCleanly_WhenThePageTreeLoops()
    {
        // The page tree's only kid is the tree itself.
        var pdf = Build(
            Obj("<< /Type /Catalog /Pages 2 0 R >>"),
            Obj("<< /Type /Pages /Kids [2 0 R] /Count 1 >>"));

        var task = Task.Run(() =>
        {
            try
            {
                return DocumentDecoder.Open("loop.pdf", pdf).Pages().Count().ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            catch (BadInputException e)
            {
                return e.GetType().Name;
            }
        });

        var finished = await Task.WhenAny(task, Task.Delay(TimeSpan.FromSeconds(20)));
        Assert.True(finished == task, "decoding a looping page tree did not finish");
        Assert.Equal(nameof(BadInputException), await task);
    }
}
