using System.Security.Cryptography;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace MockInterviewer.Server.Storage;

/// <summary>
/// Resume tokens: 256 random bits, handed out once, kept only as a SHA-256 hash and compared in constant time.
/// An unknown session and a wrong token look alike to the caller.
/// </summary>
public sealed class SessionAccess(IDbContextFactory<InterviewDbContext> contexts)
{
    private const int TokenBytes = 32;

    public async Task<string> GrantAsync(string sessionId, CancellationToken cancellationToken)
    {
        var token = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(TokenBytes));
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var updated = await db.Sessions
            .Where(s => s.Id == sessionId)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.ResumeTokenHash, Hash(token)), cancellationToken);
        return updated == 1 ? token : throw new InvalidOperationException($"Session {sessionId} was not stored.");
    }

    public async Task<bool> VerifyAsync(string? sessionId, string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(sessionId) || string.IsNullOrEmpty(token) || sessionId.Length > 64 || token.Length > 128)
        {
            return false;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var stored = await db.Sessions.AsNoTracking()
            .Where(s => s.Id == sessionId)
            .Select(s => s.ResumeTokenHash)
            .FirstOrDefaultAsync(cancellationToken);
        return stored is not null && CryptographicOperations.FixedTimeEquals(stored, Hash(token));
    }

    private static byte[] Hash(string token) => SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token));
}
