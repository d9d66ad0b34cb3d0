using DocIntake.Core.Errors;
using DocIntake.Imaging.Decoding;
using static DocIntake.Imaging.Tests.Decoding.PdfTestFiles;

namespace DocIntake.Imaging.Tests.Decoding;

public sealed class PdfRobustnessTests
{
    [Fact]
    public void Open_RefusesWithEncryptedReason_WhenPdfNeedsAPassword()
    {
        var work = Directory.CreateTempSubdirectory("pdf-encrypt-");
        try
        {
            var source = Path.Combine(work.FullName, "in.pdf");
            var locked = Path.Combine(work.FullName, "locked.pdf");
            var ownerOnly = Path.Combine(work.FullName, "owner-only.pdf");
            File.WriteAllBytes(source, Samples.Read("pdfpig__issue_1331.pdf"));
            Run("qpdf", "--encrypt", "user", "owner", "256", "--", source, locked);
            Run("qpdf", "--encrypt", "", "owner", "256", "--", source, ownerOnly);

            var error = Assert.Throws<BadInputException>(() => DocumentDecoder.Open("locked.pdf", File.ReadAllBytes(locked)).Pages().ToList());
            Assert.Contains("encrypted", error.Reason, StringComparison.Ordinal);
            Assert.Equal("locked.pdf", error.FileName);

            // Restrictions without a user password do not stop reading.
            var page = DocumentDecoder.Open("owner-only.pdf", File.ReadAllBytes(ownerOnly)).Pages().Single();
            Assert.Contains("Arve", page.TextLayer!.Words.Select(w => w.Text));
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData(44)]
    [InlineData(1000)]
    [InlineData(20000)]
    public void Open_ThrowsBadInputOnly_WhenPdfIsTruncated(int length)
    {
        var bytes = Samples.Read("pdfpig__issue_1331.pdf")[..length];

        try
        {
            var pages = DocumentDecoder.Open("cut.pdf", bytes).Pages().ToList();
            Assert.All(pages, p => Assert.True(p.Image is not null || p.TextLayer is not null));
        }
        catch (BadInputException e)
        {
            Assert.Equal("cut.pdf", e.FileName);
            Assert.DoesNotContain("UglyToad", e.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("<< /Type /Pages /Kids [2 0 R] /Count 1 >>", "<< >>")] // the tree is its own kid
    [InlineData("<< /Type /Pages /Kids [3 0 R] /Count 1 >>", "<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 1 >>")]
    public async Task Open_RefusesCleanly_WhenThePageTreeLoops(string root, string child)
    {
        var pdf = Build(Obj("<< /Type /Catalog /Pages 2 0 R >>"), Obj(root), Obj(child));

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
