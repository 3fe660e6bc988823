package io.shopfloor.launcher;

import java.nio.file.Path;

import io.shopfloor.migrations.Migrations;

/** A throwaway embedded PostgreSQL with Shopfloor's roles and migrated schema, for tests that talk to it. */
final class MigratedThrowawayDatabase implements AutoCloseable {

    private final EmbeddedDatabase postgres;
    private final DatabaseAccess access;

    private MigratedThrowawayDatabase(EmbeddedDatabase postgres, DatabaseAccess access) {
        this.postgres = postgres;
        this.access = access;
    }

    static MigratedThrowawayDatabase start(Path directory) {
        EmbeddedDatabase postgres = EmbeddedDatabase.startThrowaway(directory);
        DatabaseAccess access = postgres.ensureDatabase("shopfloor", new Credentials("shopfloor_owner", RandomSecrets.databasePassword()),
                new Credentials("shopfloor_app", RandomSecrets.databasePassword()));
        Migrations.migrate(access.jdbcUrl(), access.owner().role(), access.owner().password(), access.app().role());
        return new MigratedThrowawayDatabase(postgres, access);
    }

    DatabaseAccess access() {
        return access;
    }

    @Override
    public void close() {
        postgres.close();
    }
}
