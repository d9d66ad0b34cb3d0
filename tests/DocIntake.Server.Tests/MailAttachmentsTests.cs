using DocIntake.Server.Mail;
using DocIntake.Server.Tests.Support;
using MimeKit;

namespace DocIntake.Server.Tests;

public class MailAttachmentsTests
{
    private static readonly string[] Types = [".pdf", ".tif", ".tiff", ".png"];

    [Fact]
    public void Judge_TakesTiffInsideForwardedMessage_WhenForwarded()
    {
        var tiff = File.ReadAllBytes(TestPaths.Sample("libtiffnet__g3test.tif"));
        var original = Mails.WithAttachments("FAX受信 0566-12-3456", ("fax.tif", tiff, "image/tiff"));
        var forward = new MimeMessage { Subject = "Fwd: FAX" };
        forward.From.Add(MailboxAddress.Parse("clerk@example.jp"));
        forward.Body = new Multipart("mixed") { new TextPart("plain") { Text = "see attached" }, new MessagePart { Message = original } };

        var verdicts = MailAttachments.Judge(forward, Types, 1 << 20);

        var taken = Assert.Single(verdicts);
        Assert.Equal("fax.tif", taken.FileName);
        Assert.Equal(tiff, taken.Bytes);
    }

    [Fact]
    public void Judge_SkipsSignatureImage_WhenInlineInRelatedBody()
    {
        var builder = new BodyBuilder { HtmlBody = "<p>Regards</p><img src=\"cid:logo\">" };
        var logo = builder.LinkedResources.Add("logo.png", TestImages.UniquePng(1), ContentType.Parse("image/png"));
        logo.ContentId = "logo";
        builder.Attachments.Add("order.pdf", "%PDF-1.4 test"u8.ToArray(), ContentType.Parse("application/pdf"));
        var message = new MimeMessage { Body = builder.ToMessageBody() };

        var verdicts = MailAttachments.Judge(message, Types, 1 << 20);

        Assert.Equal(["order.pdf"], verdicts.Select(v => v.FileName));
    }

    [Fact]
    public void Judge_RefusesWithReasons_WhenEmptyTooLargeOrUnsupported()
    {
        var message = Mails.WithAttachments(
            "scan",
            ("empty.pdf", [], "application/pdf"),
            ("big.tif", new byte[2048], "image/tiff"),
            ("notes.docx", [1, 2, 3], "application/octet-stream"));

        var verdicts = MailAttachments.Judge(message, Types, 1024);

        Assert.All(verdicts, v => Assert.Null(v.Bytes));
        Assert.StartsWith("empty_attachment", verdicts[0].Refusal, StringComparison.Ordinal);
        Assert.StartsWith("too_large", verdicts[1].Refusal, StringComparison.Ordinal);
        Assert.StartsWith("unsupported_type", verdicts[2].Refusal, StringComparison.Ordinal);
    }
}
