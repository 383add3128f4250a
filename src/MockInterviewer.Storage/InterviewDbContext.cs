using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace MockInterviewer.Storage;

/// <summary>Interviews and the accounts that own them, in one database: deleting an account cascades to everything of it.</summary>
public sealed class InterviewDbContext(DbContextOptions<InterviewDbContext> options) : IdentityDbContext<IdentityUser>(options)
{
    public const int ClientMessageIdMaxLength = 64;

    public DbSet<SessionRecord> Sessions => Set<SessionRecord>();

    public DbSet<TurnRecord> Turns => Set<TurnRecord>();

    public DbSet<AssessmentRecord> Assessments => Set<AssessmentRecord>();

    public DbSet<PointResultRecord> PointResults => Set<PointResultRecord>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        builder.Entity<SessionRecord>(session =>
        {
            session.HasKey(s => s.Id);
            session.Property(s => s.Id).HasMaxLength(64);
            session.Property(s => s.Status).HasMaxLength(16);
            session.Property(s => s.Version).IsConcurrencyToken();
            session.HasIndex(s => new { s.Status, s.DeadlineUnixMs });
            session.HasIndex(s => new { s.Status, s.LastActiveUnixMs });
            session.HasMany(s => s.Turns).WithOne().HasForeignKey(t => t.SessionId).OnDelete(DeleteBehavior.Cascade);
            session.HasOne<IdentityUser>().WithMany().HasForeignKey(s => s.OwnerId).OnDelete(DeleteBehavior.Cascade);
            session.HasIndex(s => s.OwnerId);
        });

        builder.Entity<TurnRecord>(turn =>
        {
            turn.HasIndex(t => new { t.SessionId, t.Sequence }).IsUnique();
            turn.HasIndex(t => new { t.SessionId, t.ClientMessageId }).IsUnique();
            turn.Property(t => t.ClientMessageId).HasMaxLength(ClientMessageIdMaxLength);
            turn.Property(t => t.MessageId).HasMaxLength(64);
            turn.Property(t => t.Role).HasMaxLength(16);
            turn.Property(t => t.Kind).HasMaxLength(16);
            turn.Property(t => t.QuestionId).HasMaxLength(128);
        });

        builder.Entity<AssessmentRecord>(assessment =>
        {
            assessment.HasIndex(a => a.SessionId);
            assessment.HasOne<SessionRecord>().WithMany().HasForeignKey(a => a.SessionId).OnDelete(DeleteBehavior.Cascade);
            assessment.Property(a => a.QuestionId).HasMaxLength(128);
            assessment.Property(a => a.Engine).HasMaxLength(16);
        });

        builder.Entity<PointResultRecord>(point =>
        {
            point.HasIndex(p => p.SessionId);
            point.HasOne<SessionRecord>().WithMany().HasForeignKey(p => p.SessionId).OnDelete(DeleteBehavior.Cascade);
            point.Property(p => p.QuestionId).HasMaxLength(128);
            point.Property(p => p.PointId).HasMaxLength(128);
            point.Property(p => p.Status).HasMaxLength(16);
            point.Property(p => p.Engine).HasMaxLength(16);
        });
    }
}
