using Microsoft.EntityFrameworkCore;

namespace MockInterviewer.Server.Storage;

public sealed class InterviewDbContext(DbContextOptions<InterviewDbContext> options) : DbContext(options)
{
    public const int ClientMessageIdMaxLength = 64;

    public DbSet<SessionRecord> Sessions => Set<SessionRecord>();

    public DbSet<TurnRecord> Turns => Set<TurnRecord>();

    public DbSet<AssessmentRecord> Assessments => Set<AssessmentRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<SessionRecord>(session =>
        {
            session.HasKey(s => s.Id);
            session.Property(s => s.Id).HasMaxLength(64);
            session.Property(s => s.Status).HasMaxLength(16);
            session.HasIndex(s => new { s.Status, s.DeadlineUnixMs });
            session.HasMany(s => s.Turns).WithOne().HasForeignKey(t => t.SessionId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<TurnRecord>(turn =>
        {
            turn.HasIndex(t => new { t.SessionId, t.Sequence }).IsUnique();
            turn.HasIndex(t => new { t.SessionId, t.ClientMessageId }).IsUnique();
            turn.Property(t => t.ClientMessageId).HasMaxLength(ClientMessageIdMaxLength);
            turn.Property(t => t.MessageId).HasMaxLength(64);
            turn.Property(t => t.Role).HasMaxLength(16);
            turn.Property(t => t.Kind).HasMaxLength(16);
            turn.Property(t => t.QuestionId).HasMaxLength(128);
        });

        modelBuilder.Entity<AssessmentRecord>(assessment =>
        {
            assessment.HasIndex(a => a.SessionId);
            assessment.HasOne<SessionRecord>().WithMany().HasForeignKey(a => a.SessionId).OnDelete(DeleteBehavior.Cascade);
            assessment.Property(a => a.QuestionId).HasMaxLength(128);
            assessment.Property(a => a.Engine).HasMaxLength(16);
        });
    }
}
