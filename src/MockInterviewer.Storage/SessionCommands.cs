using System.Data;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace MockInterviewer.Storage;

/// <summary>
/// The store's hot writes (a saved session's row updated in place, its new turns, assessments and point results
/// inserted) as plain SQL commands. Table and column names, quoting and each parameter's conversion come from EF
/// Core's model and provider, so the rows are what <c>SaveChanges</c> would write; what is skipped is its change
/// tracking and command batching, which cost more CPU per save than the database itself.
/// </summary>
internal sealed class SessionCommands
{
    private readonly ISqlGenerationHelper _sql;
    private readonly Statement _updateSession;
    private readonly Statement _insertTurn;
    private readonly Statement _insertAssessment;
    private readonly Statement _insertPointResult;

    private SessionCommands(IModel model, ISqlGenerationHelper sql, Func<string, string> textFromUtf8)
    {
        _sql = sql;
        var session = Entity<SessionRecord>(model);
        string[] changed =
        [
            nameof(SessionRecord.Status), nameof(SessionRecord.DeadlineUnixMs), nameof(SessionRecord.StateJson),
            nameof(SessionRecord.UpdatedAt), nameof(SessionRecord.LastActiveUnixMs), nameof(SessionRecord.Version),
        ];
        var updated = changed.Select(name => Column(session, name, name) with { Utf8 = name == nameof(SessionRecord.StateJson) }).ToList();
        var id = Column(session, nameof(SessionRecord.Id), "Id");
        var readAt = Column(session, nameof(SessionRecord.Version), "ReadAt");
        _updateSession = new Statement(
            $"UPDATE {Table(session)} SET {string.Join(", ", updated.Select(c => $"{c.Name} = {(c.Utf8 ? textFromUtf8(c.Placeholder) : c.Placeholder)}"))} " +
            $"WHERE {id.Name} = {id.Placeholder} AND {readAt.Name} = {readAt.Placeholder}",
            [.. updated, id, readAt]);
        _insertTurn = Insert(Entity<TurnRecord>(model),
            nameof(TurnRecord.SessionId), nameof(TurnRecord.Sequence), nameof(TurnRecord.MessageId), nameof(TurnRecord.Role),
            nameof(TurnRecord.Kind), nameof(TurnRecord.Text), nameof(TurnRecord.QuestionId), nameof(TurnRecord.QuestionIndex),
            nameof(TurnRecord.At), nameof(TurnRecord.ClientMessageId));
        _insertAssessment = Insert(Entity<AssessmentRecord>(model),
            nameof(AssessmentRecord.SessionId), nameof(AssessmentRecord.QuestionId), nameof(AssessmentRecord.Score),
            nameof(AssessmentRecord.Engine), nameof(AssessmentRecord.Json), nameof(AssessmentRecord.At));
        _insertPointResult = Insert(Entity<PointResultRecord>(model),
            nameof(PointResultRecord.SessionId), nameof(PointResultRecord.QuestionId), nameof(PointResultRecord.PointId),
            nameof(PointResultRecord.Status), nameof(PointResultRecord.Engine), nameof(PointResultRecord.At));
    }

    /// <summary>The commands for <paramref name="db"/>'s model and provider (built once per model).</summary>
    public static SessionCommands For(InterviewDbContext db) =>
        Cache.GetValue(db.Model, m => new SessionCommands(m, db.GetService<ISqlGenerationHelper>(), TextFromUtf8(db.Database)));

    /// <param name="state">The session's state as UTF-8 JSON: the database decodes it into the text column, so the state
    /// is never held as a string on its way there.</param>
    /// <returns>Whether the row was still at <paramref name="readAt"/> (and is now updated).</returns>
    public async Task<bool> UpdateSessionAsync(DbTransaction transaction, SessionRecord record, byte[] state, int readAt, CancellationToken cancellationToken) =>
        await ExecuteAsync(transaction, _updateSession, cancellationToken,
            record.Status, record.DeadlineUnixMs, state, record.UpdatedAt, record.LastActiveUnixMs, record.Version, record.Id, readAt) == 1;

    public Task InsertAsync(DbTransaction transaction, TurnRecord t, CancellationToken cancellationToken) =>
        ExecuteAsync(transaction, _insertTurn, cancellationToken,
            t.SessionId, t.Sequence, t.MessageId, t.Role, t.Kind, t.Text, t.QuestionId, t.QuestionIndex, t.At, t.ClientMessageId);

    public Task InsertAsync(DbTransaction transaction, AssessmentRecord a, CancellationToken cancellationToken) =>
        ExecuteAsync(transaction, _insertAssessment, cancellationToken, a.SessionId, a.QuestionId, a.Score, a.Engine, a.Json, a.At);

    public Task InsertAsync(DbTransaction transaction, PointResultRecord p, CancellationToken cancellationToken) =>
        ExecuteAsync(transaction, _insertPointResult, cancellationToken, p.SessionId, p.QuestionId, p.PointId, p.Status, p.Engine, p.At);

    private static async Task<int> ExecuteAsync(DbTransaction transaction, Statement statement, CancellationToken cancellationToken, params object?[] values)
    {
        await using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = statement.Sql;
        for (var i = 0; i < values.Length; i++)
        {
            var column = statement.Columns[i];
            command.Parameters.Add(column.Utf8 ? Bytes(command, column.ParameterName, values[i]) : column.Mapping.CreateParameter(command, column.ParameterName, values[i], column.Nullable));
        }

        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static DbParameter Bytes(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.DbType = DbType.Binary;
        parameter.Value = value;
        return parameter;
    }

    // UTF-8 bytes bound as binary and decoded by the database into the text column (PostgreSQL checks them; SQLite,
    // whose text is UTF-8, takes them as they are).
    private static Func<string, string> TextFromUtf8(DatabaseFacade database) =>
        database.IsNpgsql() ? placeholder => $"convert_from({placeholder}, 'UTF8')"
        : database.IsSqlite() ? placeholder => $"CAST({placeholder} AS TEXT)"
        : throw new NotSupportedException($"No way to store UTF-8 text is known for the database provider {database.ProviderName}.");

    private Statement Insert(IEntityType entity, params string[] properties)
    {
        var columns = properties.Select(name => Column(entity, name, name)).ToList();
        return new Statement(
            $"INSERT INTO {Table(entity)} ({string.Join(", ", columns.Select(c => c.Name))}) VALUES ({string.Join(", ", columns.Select(c => c.Placeholder))})",
            columns);
    }

    private string Table(IEntityType entity) => _sql.DelimitIdentifier(entity.GetTableName()!, entity.GetSchema());

    private StoreColumn Column(IEntityType entity, string property, string parameter)
    {
        var found = entity.FindProperty(property) ?? throw new InvalidOperationException($"{entity.DisplayName()} has no property {property}.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        return new StoreColumn(
            _sql.DelimitIdentifier(found.GetColumnName(table)!),
            _sql.GenerateParameterName(parameter),
            _sql.GenerateParameterNamePlaceholder(parameter),
            found.GetRelationalTypeMapping(),
            found.IsNullable);
    }

    private static IEntityType Entity<T>(IModel model) =>
        model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"The model has no {typeof(T).Name}.");

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IModel, SessionCommands> Cache = [];

    private sealed record Statement(string Sql, IReadOnlyList<StoreColumn> Columns);

    private sealed record StoreColumn(string Name, string ParameterName, string Placeholder, RelationalTypeMapping Mapping, bool Nullable)
    {
        /// <summary>Text sent as its UTF-8 bytes.</summary>
        public bool Utf8 { get; init; }
    }
}
