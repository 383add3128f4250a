namespace MockInterviewer.Testing;

/// <summary>A theory that runs its own redis-server (<see cref="RedisServer"/>): skipped, saying why, where none is installed.</summary>
public sealed class RedisTheoryAttribute : TheoryAttribute
{
    public RedisTheoryAttribute()
    {
        Skip = RedisServer.SkipReason;
    }
}
