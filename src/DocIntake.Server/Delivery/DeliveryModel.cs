using Microsoft.EntityFrameworkCore;

namespace DocIntake.Server.Delivery;

/// <summary>The delivery tables in the one store (IntakeDbContext calls this from OnModelCreating).</summary>
internal static class DeliveryModel
{
    public static void Configure(ModelBuilder model)
    {
        model.Entity<ApiKey>(e =>
        {
            e.ToTable("api_keys");
            e.HasKey(k => k.Id);
            e.Property(k => k.Id).HasMaxLength(12);
            e.Property(k => k.Consumer).HasMaxLength(100);
            e.Property(k => k.Scopes).HasMaxLength(100);
            e.Property(k => k.SecretSha256).HasMaxLength(64);
            e.HasIndex(k => k.Consumer);
        });

        model.Entity<WebhookSubscription>(e =>
        {
            e.ToTable("webhook_subscriptions");
            e.HasKey(s => s.Id);
            e.Property(s => s.Id).HasMaxLength(40);
            e.Property(s => s.Consumer).HasMaxLength(100);
            e.Property(s => s.Url).HasMaxLength(2000);
            e.Property(s => s.Events).HasMaxLength(200);
            e.Property(s => s.Secret).HasMaxLength(200);
            e.Property(s => s.Version).IsConcurrencyToken();
            e.HasIndex(s => s.Consumer);
        });

        model.Entity<WebhookDelivery>(e =>
        {
            e.ToTable("webhook_deliveries");
            e.HasKey(d => d.Id);
            e.Property(d => d.SubscriptionId).HasMaxLength(40);
            e.Property(d => d.DocumentId).HasMaxLength(40);
            e.Property(d => d.Event).HasMaxLength(40);
            e.Property(d => d.Status).HasMaxLength(20);
            e.Property(d => d.Version).IsConcurrencyToken();
            e.HasIndex(d => new { d.SubscriptionId, d.EventId }).IsUnique();
            e.HasIndex(d => new { d.Status, d.NextAttemptAt });
        });

        model.Entity<WebhookAttempt>(e =>
        {
            e.ToTable("webhook_attempts");
            e.HasKey(a => a.Id);
            e.HasIndex(a => a.DeliveryId);
        });

        model.Entity<DocumentExport>(e =>
        {
            e.ToTable("document_exports");
            e.HasKey(x => new { x.DocumentId, x.Consumer });
            e.Property(x => x.DocumentId).HasMaxLength(40);
            e.Property(x => x.Consumer).HasMaxLength(100);
            e.Property(x => x.Via).HasMaxLength(20);
            e.HasIndex(x => new { x.Consumer, x.ExportedAt });
        });
    }
}
