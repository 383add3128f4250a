using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MockInterviewer.Storage.Postgres.Migrations
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
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            // Sessions stored before this column count as last active when they were last saved.
            migrationBuilder.Sql(
                "UPDATE \"Sessions\" SET \"LastActiveUnixMs\" = CAST(EXTRACT(EPOCH FROM \"UpdatedAt\") * 1000 AS bigint);");

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
