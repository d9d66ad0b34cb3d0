using DocIntake.Server.Storage;
using Microsoft.EntityFrameworkCore;

namespace DocIntake.Server.Tests.Support;

/// <summary>Dovecot plus a server reading one of its mailboxes.</summary>
internal static class MailTestHost
{
    public static Dictionary<string, string?> Settings(DovecotServer dovecot, string protocol = "Imap", TimeSpan? interval = null, params (string, string?)[] extra)
    {
        var settings = dovecot.MailboxConfig(0, "orders", protocol, interval ?? TimeSpan.FromSeconds(2));
        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }

        return settings;
    }

    public static Task<bool> WaitForMailAsync(TestServer server, int count, TimeSpan timeout) =>
        TestServer.WaitUntilAsync(() => server.WithDbAsync(db => db.ProcessedMails.CountAsync()).ContinueWith(t => t.Result >= count, TaskScheduler.Default), timeout);

    public static Task<bool> WaitForDocumentsAsync(TestServer server, int count, TimeSpan timeout, params string[] statuses) =>
        TestServer.WaitUntilAsync(
            () => server.WithDbAsync(db => db.Documents.CountAsync(d => statuses.Contains(d.Status))).ContinueWith(t => t.Result >= count, TaskScheduler.Default),
            timeout);

    public static Task<List<ProcessedMail>> MailsAsync(TestServer server) =>
        server.WithDbAsync(db => db.ProcessedMails.OrderBy(m => m.Id).ToListAsync());
}
