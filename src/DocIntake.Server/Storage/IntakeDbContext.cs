using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace DocIntake.Server.Storage;

/// <summary>
/// The document store: the one source of truth. Hangfire only carries document ids. The schema comes from the
/// migrations of one subclass per provider (Storage/Migrations/MigrationContexts.cs); the model is the same.
/// </summary>
internal class IntakeDbContext : DbContext
{
    public IntakeDbContext(DbContextOptions<IntakeDbContext> options)
        : base(options)
    {
    }

    protected IntakeDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<DocumentRecord> Documents => Set<DocumentRecord>();

    public DbSet<PageRecord> Pages => Set<PageRecord>();

    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();

    public DbSet<ProcessedMail> ProcessedMails => Set<ProcessedMail>();

    public DbSet<MailboxState> MailboxStates => Set<MailboxState>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every time is UTC; SQLite hands DateTime back without a kind, so the kind is restored on the way out.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var jsonType = Database.ProviderName switch
        {
            "Npgsql.EntityFrameworkCore.PostgreSQL" => "jsonb",
            "Microsoft.EntityFrameworkCore.SqlServer" => "nvarchar(max)",
            _ => null,
        };

        modelBuilder.Entity<DocumentRecord>(e =>
        {
            e.ToTable("documents");
            e.HasKey(d => d.Id);
            e.Property(d => d.Id).HasMaxLength(40);
            e.Property(d => d.Status).HasMaxLength(20);
            e.Property(d => d.DocumentType).HasMaxLength(40);
            e.Property(d => d.Channel).HasMaxLength(20);
            e.Property(d => d.Mailbox).HasMaxLength(100);
            e.Property(d => d.Sender).HasMaxLength(320);
            e.Property(d => d.Sha256).HasMaxLength(64);
            e.Property(d => d.IntakeKey).HasMaxLength(400);
            e.Property(d => d.Version).IsConcurrencyToken();
            if (jsonType is not null)
            {
                e.Property(d => d.ContractJson).HasColumnType(jsonType);
                e.Property(d => d.SourceJson).HasColumnType(jsonType);
            }

            e.HasIndex(d => new { d.Status, d.UpdatedAt });
            e.HasIndex(d => d.DocumentType);
            e.HasIndex(d => d.Sender);
            e.HasIndex(d => d.Mailbox);
            e.HasIndex(d => d.ReceivedAt);
            e.HasIndex(d => d.Sha256);
            e.HasIndex(d => d.IntakeKey).IsUnique();
        });

        modelBuilder.Entity<PageRecord>(e =>
        {
            e.ToTable("pages");
            e.HasKey(p => new { p.DocumentId, p.Number });
            e.Property(p => p.DocumentId).HasMaxLength(40);
            if (jsonType is not null)
            {
                e.Property(p => p.TextJson).HasColumnType(jsonType);
            }
        });

        modelBuilder.Entity<AuditEvent>(e =>
        {
            e.ToTable("audit_events");
            e.HasKey(a => a.Id);
            e.Property(a => a.DocumentId).HasMaxLength(40);
            e.HasIndex(a => new { a.DocumentId, a.At });
        });

        modelBuilder.Entity<ProcessedMail>(e =>
        {
            e.ToTable("processed_mail");
            e.HasKey(m => m.Id);
            e.Property(m => m.Mailbox).HasMaxLength(100);
            e.Property(m => m.Folder).HasMaxLength(200);
            e.Property(m => m.MessageKey).HasMaxLength(300);
            e.Property(m => m.MessageId).HasMaxLength(400);
            e.HasIndex(m => new { m.Mailbox, m.Folder, m.MessageKey }).IsUnique();
            e.HasIndex(m => new { m.Mailbox, m.MessageId });
            e.HasIndex(m => m.RecordedAt);
        });

        modelBuilder.Entity<MailboxState>(e =>
        {
            e.ToTable("mailbox_state");
            e.HasKey(m => m.Mailbox);
            e.Property(m => m.Mailbox).HasMaxLength(100);
        });

        // Review queue: users, claims, per-sender corrections (src/DocIntake.Server/Review/ReviewModel.cs).
        Review.ReviewModel.Configure(modelBuilder);

        // API keys, webhooks, exports (src/DocIntake.Server/Delivery/DeliveryModel.cs).
        Delivery.DeliveryModel.Configure(modelBuilder);
    }
}

internal sealed class UtcConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
