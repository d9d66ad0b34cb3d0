namespace DocIntake.Server.Processing;

/// <summary>Hangfire queues: intake (mail polls, reconciler), ocr (document reading), notify (webhooks, later).</summary>
internal static class Queues
{
    public const string Intake = "intake";
    public const string Ocr = "ocr";
    public const string Notify = "notify";
}
