using MimeKit;

namespace DocIntake.Server.Tests.Support;

internal static class Mails
{
    public static MimeMessage WithAttachments(string subject, params (string Name, byte[] Bytes, string MimeType)[] attachments) =>
        From("fax-gateway@example.jp", subject, attachments);

    public static MimeMessage From(string sender, string subject, params (string Name, byte[] Bytes, string MimeType)[] attachments)
    {
        var body = new BodyBuilder { TextBody = "Fax received." };
        foreach (var (name, bytes, mimeType) in attachments)
        {
            body.Attachments.Add(name, bytes, ContentType.Parse(mimeType));
        }

        var message = new MimeMessage
        {
            Subject = subject,
            Body = body.ToMessageBody(),
            Date = DateTimeOffset.UtcNow,
            MessageId = MimeKit.Utils.MimeUtils.GenerateMessageId("test.example.jp"),
        };
        message.From.Add(MailboxAddress.Parse(sender));
        message.To.Add(MailboxAddress.Parse("orders@example.jp"));
        return message;
    }

    public static (string, byte[], string) Png(int seed) => ($"scan-{seed}.png", TestImages.UniquePng(seed), "image/png");
}
