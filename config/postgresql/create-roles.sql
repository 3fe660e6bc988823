-- Shopfloor: the two database roles and the database, for an external PostgreSQL (15 or newer).
--
-- Run once as a superuser (or a role with CREATEROLE and CREATEDB), before the first migration:
--
--   psql -X -h db.example.com -U postgres -d postgres -f config/postgresql/create-roles.sql
--
-- It asks for the two passwords. To run it unattended, pass them as psql variables instead (they
-- then appear in the process list, so prefer the prompt on shared machines):
--
--   psql -X ... -v owner_password="$OWNER_PW" -v app_password="$APP_PW" -f create-roles.sql
--
-- Optional variables: owner_role (default shopfloor_owner), app_role (shopfloor_app),
-- db_name (shopfloor).
--
-- Safe to run again: existing roles keep their names and get the attributes and passwords given
-- here; an existing database is kept. The statements are those of the launcher's
-- io.shopfloor.migrations.DatabaseRoles, so the embedded and the external database look alike:
--   * the owner role owns the database and the schema and runs the migrations;
--   * the application role is the one the Payara connection pool uses: it owns nothing, cannot
--     bypass row level security and gets its table privileges from the migrations.

\set ON_ERROR_STOP on

\if :{?owner_role}
\else
    \set owner_role shopfloor_owner
\endif
\if :{?app_role}
\else
    \set app_role shopfloor_app
\endif
\if :{?db_name}
\else
    \set db_name shopfloor
\endif
\if :{?owner_password}
\else
    \prompt 'Password for the owner role: ' owner_password
\endif
\if :{?app_password}
\else
    \prompt 'Password for the application role: ' app_password
\endif

-- format(%I, %L) quotes the names and passwords; psql's :'name' passes them as literals.
SELECT format('%s ROLE %I LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEROLE NOCREATEDB PASSWORD %L',
              CASE WHEN EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'owner_role') THEN 'ALTER' ELSE 'CREATE' END,
              :'owner_role', :'owner_password')
\gexec

-- NOINHERIT: should anyone ever grant the application role membership in another role, it
-- still does not silently gain that role's rights.
SELECT format('%s ROLE %I LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEROLE NOCREATEDB NOINHERIT PASSWORD %L',
              CASE WHEN EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'app_role') THEN 'ALTER' ELSE 'CREATE' END,
              :'app_role', :'app_password')
\gexec

SELECT format('CREATE DATABASE %I OWNER %I ENCODING ''UTF8''', :'db_name', :'owner_role')
WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'db_name')
\gexec

-- Nobody but these two roles (and superusers) connects to the database.
SELECT format('REVOKE ALL ON DATABASE %I FROM PUBLIC', :'db_name')
\gexec
SELECT format('GRANT CONNECT ON DATABASE %I TO %I', :'db_name', :'app_role')
\gexec

\echo Roles :owner_role and :app_role and database :db_name are ready. Next: run the migrations as :owner_role '(docs/operations.md).'
