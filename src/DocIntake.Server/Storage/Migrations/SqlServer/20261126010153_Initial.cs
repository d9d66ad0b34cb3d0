using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DocIntake.Server.Storage.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "audit_events",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    DocumentId = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    At = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Actor = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Action = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    FromStatus = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ToStatus = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Reason = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_events", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "documents",
                columns: table => new
                {
                    Id = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    StatusReason = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    DocumentType = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    DocumentTypeHint = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Channel = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Mailbox = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Sender = table.Column<string>(type: "nvarchar(320)", maxLength: 320, nullable: true),
                    FileName = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Sha256 = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    SizeBytes = table.Column<long>(type: "bigint", nullable: false),
                    IntakeKey = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: true),
                    DuplicateOf = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ReceivedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    LeaseUntil = table.Column<DateTime>(type: "datetime2", nullable: true),
                    LeaseOwner = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Attempts = table.Column<int>(type: "int", nullable: false),
                    SourceJson = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    ContractJson = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ReviewedBy = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ReviewedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_documents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "mailbox_state",
                columns: table => new
                {
                    Mailbox = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    UidValidity = table.Column<long>(type: "bigint", nullable: false),
                    LastUid = table.Column<long>(type: "bigint", nullable: false),
                    LastPollAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    LastSuccessAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    LastError = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ConsecutiveFailures = table.Column<int>(type: "int", nullable: false),
                    MessagesTaken = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_mailbox_state", x => x.Mailbox);
                });

            migrationBuilder.CreateTable(
                name: "pages",
                columns: table => new
                {
                    DocumentId = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Number = table.Column<int>(type: "int", nullable: false),
                    Width = table.Column<int>(type: "int", nullable: false),
                    Height = table.Column<int>(type: "int", nullable: false),
                    Rotation = table.Column<int>(type: "int", nullable: false),
                    TextSource = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    MeanConfidence = table.Column<double>(type: "float", nullable: false),
                    ImageSha256 = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    TextJson = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pages", x => new { x.DocumentId, x.Number });
                });

            migrationBuilder.CreateTable(
                name: "processed_mail",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Mailbox = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Folder = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    MessageKey = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    MessageId = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: true),
                    From = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Subject = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    SentAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Outcome = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    DocumentIds = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    AttachmentSha256 = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    MovedTo = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    MovedAt = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_processed_mail", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_audit_events_DocumentId_At",
                table: "audit_events",
                columns: new[] { "DocumentId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_documents_DocumentType",
                table: "documents",
                column: "DocumentType");

            migrationBuilder.CreateIndex(
                name: "IX_documents_IntakeKey",
                table: "documents",
                column: "IntakeKey",
                unique: true,
                filter: "[IntakeKey] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_documents_Mailbox",
                table: "documents",
                column: "Mailbox");

            migrationBuilder.CreateIndex(
                name: "IX_documents_ReceivedAt",
                table: "documents",
                column: "ReceivedAt");

            migrationBuilder.CreateIndex(
                name: "IX_documents_Sender",
                table: "documents",
                column: "Sender");

            migrationBuilder.CreateIndex(
                name: "IX_documents_Sha256",
                table: "documents",
                column: "Sha256");

            migrationBuilder.CreateIndex(
                name: "IX_documents_Status_UpdatedAt",
                table: "documents",
                columns: new[] { "Status", "UpdatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_processed_mail_Mailbox_Folder_MessageKey",
                table: "processed_mail",
                columns: new[] { "Mailbox", "Folder", "MessageKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_processed_mail_Mailbox_MessageId",
                table: "processed_mail",
                columns: new[] { "Mailbox", "MessageId" });

            migrationBuilder.CreateIndex(
                name: "IX_processed_mail_RecordedAt",
                table: "processed_mail",
                column: "RecordedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "audit_events");

            migrationBuilder.DropTable(
                name: "documents");

            migrationBuilder.DropTable(
                name: "mailbox_state");

            migrationBuilder.DropTable(
                name: "pages");

            migrationBuilder.DropTable(
                name: "processed_mail");
        }
    }
}
