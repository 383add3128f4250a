using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MockInterviewer.Storage.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SessionLastActive : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "LastActiveUnixMs",
                table: "Sessions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            // Sessions stored before this column count as last active when they were last saved.
            migrationBuilder.Sql(
                "UPDATE \"Sessions\" SET \"LastActiveUnixMs\" = CAST(ROUND((julianday(\"UpdatedAt\") - 2440587.5) * 86400000) AS INTEGER) WHERE \"UpdatedAt\" IS NOT NULL;");

            migrationBuilder.CreateIndex(
                name: "IX_Sessions_Status_LastActiveUnixMs",
                table: "Sessions",
                columns: new[] { "Status", "LastActiveUnixMs" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Sessions_Status_LastActiveUnixMs",
                table: "Sessions");

            migrationBuilder.DropColumn(
                name: "LastActiveUnixMs",
                table: "Sessions");
        }
    }
}
