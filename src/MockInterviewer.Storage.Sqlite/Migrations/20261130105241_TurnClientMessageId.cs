using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MockInterviewer.Storage.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class TurnClientMessageId : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ClientMessageId",
                table: "Turns",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Turns_SessionId_ClientMessageId",
                table: "Turns",
                columns: new[] { "SessionId", "ClientMessageId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Turns_SessionId_ClientMessageId",
                table: "Turns");

            migrationBuilder.DropColumn(
                name: "ClientMessageId",
                table: "Turns");
        }
    }
}
