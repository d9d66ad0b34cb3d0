namespace DocIntake.Server.Mail;

/// <summary>Test seam: lets a fault test act between recording a message and moving it (e.g. stop the server).</summary>
internal sealed class MailHooks
{
    public Func<string, Task>? BeforeMove { get; set; }
}
