#!/usr/bin/env bash
# After a change to the EF model (IntakeDbContext and the entities it configures): adds migration NAME for each
# storage provider, SQLite, PostgreSQL and SQL Server, under src/DocIntake.Server/Storage/Migrations/<provider>/.
# No database is needed: dotnet-ef reads the model only. Review the three migrations, then run the tests
# (MigrationTests fails while a provider's migrations lag behind the model).
# Usage: scripts/add-migration.sh NAME
set -euo pipefail
name=${1:?usage: scripts/add-migration.sh NAME}
cd "$(dirname "$0")/.."
# dotnet-ef matches the EF Core packages in Directory.Packages.props.
version=10.0.15
tools=artifacts/tools/dotnet-ef-$version
[[ -x $tools/dotnet-ef ]] || dotnet tool install --tool-path "$tools" dotnet-ef --version "$version" >/dev/null
dotnet build src/DocIntake.Server/DocIntake.Server.csproj --nologo -v quiet
for provider in Sqlite PostgreSql SqlServer; do
  "$tools/dotnet-ef" migrations add "$name" --no-build --project src/DocIntake.Server \
    --context "${provider}MigrationContext" --output-dir "Storage/Migrations/$provider" \
    --namespace "DocIntake.Server.Storage.Migrations.$provider"
done
