#!/usr/bin/env bash
# Prepares a running Payara Server 6 domain for Shopfloor by applying setup-domain.asadmin (the
# same commands the launcher applies): JDBC driver, password alias, connection pool, JDBC
# resource, default principal-to-role mapping, MicroProfile Health, HTTP listener address.
# Safe to run again, e.g. after the database moved or its password changed.
#
# Settings come from the environment (see config/shopfloor.env.example):
#   SHOPFLOOR_DB_HOST                 PostgreSQL host (required)
#   SHOPFLOOR_DB_PORT                 default 5432
#   SHOPFLOOR_DB_NAME                 default shopfloor
#   SHOPFLOOR_DB_APP                  the application role, default shopfloor_app
#   SHOPFLOOR_DB_APP_PASSWORD_FILE    file holding its password, or
#   SHOPFLOOR_DB_APP_PASSWORD         the password itself; neither set: asked for
#   SHOPFLOOR_DB_POOL_STEADY          default 2
#   SHOPFLOOR_DB_POOL_MAX             default 32
#   SHOPFLOOR_HTTP_ADDRESS            default 0.0.0.0 (all interfaces, Payara's own default)
#   SHOPFLOOR_JDBC_DRIVER_JAR         default: the one `mvn -pl config package` puts in
#                                     config/target/payara-lib/
#   ASADMIN                           the asadmin command, default: asadmin on the PATH
#   ASADMIN_OPTIONS                   asadmin options, e.g. "--host app1 --port 4848 --user admin"
#   SHOPFLOOR_ASADMIN_PASSWORD_FILE   an asadmin password file with AS_ADMIN_PASSWORD=... when the
#                                     domain's admin user has a password
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
template="$here/setup-domain.asadmin"

fail() {
    echo "setup-domain: $*" >&2
    exit 1
}

: "${SHOPFLOOR_DB_HOST:?Set SHOPFLOOR_DB_HOST to the PostgreSQL host (see config/shopfloor.env.example)}"
SHOPFLOOR_DB_PORT=${SHOPFLOOR_DB_PORT:-5432}
SHOPFLOOR_DB_NAME=${SHOPFLOOR_DB_NAME:-shopfloor}
SHOPFLOOR_DB_APP=${SHOPFLOOR_DB_APP:-shopfloor_app}
SHOPFLOOR_DB_POOL_STEADY=${SHOPFLOOR_DB_POOL_STEADY:-2}
SHOPFLOOR_DB_POOL_MAX=${SHOPFLOOR_DB_POOL_MAX:-32}
SHOPFLOOR_HTTP_ADDRESS=${SHOPFLOOR_HTTP_ADDRESS:-0.0.0.0}

if [[ -n ${SHOPFLOOR_DB_APP_PASSWORD_FILE:-} ]]; then
    [[ -r $SHOPFLOOR_DB_APP_PASSWORD_FILE ]] || fail "cannot read SHOPFLOOR_DB_APP_PASSWORD_FILE=$SHOPFLOOR_DB_APP_PASSWORD_FILE"
    app_password=$(<"$SHOPFLOOR_DB_APP_PASSWORD_FILE")
elif [[ -n ${SHOPFLOOR_DB_APP_PASSWORD:-} ]]; then
    app_password=$SHOPFLOOR_DB_APP_PASSWORD
else
    read -r -s -p "Password of the database role $SHOPFLOOR_DB_APP: " app_password
    echo >&2
fi
[[ -n $app_password ]] || fail "the application role's password is empty"

if [[ -z ${SHOPFLOOR_JDBC_DRIVER_JAR:-} ]]; then
    shopt -s nullglob
    drivers=("$here"/../target/payara-lib/postgresql-*.jar)
    shopt -u nullglob
    ((${#drivers[@]} == 1)) || fail "set SHOPFLOOR_JDBC_DRIVER_JAR to the PostgreSQL JDBC driver jar, or run 'mvn -pl config package' first"
    SHOPFLOOR_JDBC_DRIVER_JAR=$(cd "$(dirname "${drivers[0]}")" && pwd)/$(basename "${drivers[0]}")
fi
[[ -f $SHOPFLOOR_JDBC_DRIVER_JAR ]] || fail "no such file: SHOPFLOOR_JDBC_DRIVER_JAR=$SHOPFLOOR_JDBC_DRIVER_JAR"

placeholders=(SHOPFLOOR_JDBC_DRIVER_JAR SHOPFLOOR_DB_HOST SHOPFLOOR_DB_PORT SHOPFLOOR_DB_NAME SHOPFLOOR_DB_APP
              SHOPFLOOR_DB_POOL_STEADY SHOPFLOOR_DB_POOL_MAX SHOPFLOOR_HTTP_ADDRESS)
for name in "${placeholders[@]}"; do
    # asadmin splits lines at blanks and quotes; a value with either would change the command.
    [[ ${!name} =~ [[:cntrl:]\"] ]] && fail "$name must not contain quotes or control characters"
    [[ $name != SHOPFLOOR_JDBC_DRIVER_JAR && ${!name} =~ [[:space:]] ]] && fail "$name must not contain blanks"
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
chmod 700 "$work"

# One password file for every asadmin call: the admin password (if any) and the alias password.
# java.util.Properties format, so backslashes are doubled.
{
    if [[ -n ${SHOPFLOOR_ASADMIN_PASSWORD_FILE:-} ]]; then
        grep -v '^AS_ADMIN_ALIASPASSWORD=' "$SHOPFLOOR_ASADMIN_PASSWORD_FILE" || true
    fi
    printf 'AS_ADMIN_ALIASPASSWORD=%s\n' "${app_password//\\/\\\\}"
} >"$work/passwords"

read -r -a asadmin_options <<<"${ASADMIN_OPTIONS:-}"
asadmin() {
    "${ASADMIN:-asadmin}" --interactive=false ${asadmin_options[@]+"${asadmin_options[@]}"} \
        --passwordfile "$work/passwords" "$@"
}

render() {
    local line=$1 name
    for name in "${placeholders[@]}"; do
        line=${line//"\${$name}"/"${!name}"}
    done
    printf '%s' "$line"
}

# Evaluate the guards against the domain as it is now, and keep the commands that should run.
guard_pattern='^#\?[[:space:]]+(if|unless)[[:space:]]+"([^"]+)"[[:space:]]+lists[[:space:]]+"([^"]+)"[[:space:]]*$'
declare -A query_output=()
skip_next=""
guarded=""
: >"$work/commands.asadmin"
while IFS= read -r raw || [[ -n $raw ]]; do
    line=$(render "$raw")
    if [[ $line =~ $guard_pattern ]]; then
        [[ -z $guarded ]] || fail "two guards in a row before: $line"
        mode=${BASH_REMATCH[1]} query=${BASH_REMATCH[2]} expected=${BASH_REMATCH[3]}
        if [[ -z ${query_output[$query]+set} ]]; then
            read -r -a query_words <<<"$query"
            query_output[$query]=$(asadmin "${query_words[@]}") || fail "asadmin $query failed"
        fi
        listed=no
        grep -Fxq -- "$expected" <<<"${query_output[$query]}" && listed=yes
        if [[ $mode == if && $listed == no ]] || [[ $mode == unless && $listed == yes ]]; then
            skip_next=yes
        fi
        guarded=yes
        continue
    fi
    [[ $line =~ ^#\? ]] && fail "malformed guard: $line"
    [[ $line =~ ^[[:space:]]*(#|$) ]] && continue
    [[ $line =~ \$\{SHOPFLOOR_ ]] && fail "unknown placeholder in: $line"
    if [[ -n $skip_next ]]; then
        echo "(not needed on this domain, skipped) $line"
    else
        printf '%s\n' "$line" >>"$work/commands.asadmin"
    fi
    skip_next="" guarded=""
done <"$template"
echo "_get-restart-required" >>"$work/commands.asadmin"

# multimode exits 0 even when a command fails, so read its report.
asadmin multimode --file "$work/commands.asadmin" | tee "$work/output"
if grep -E '^Command .+ failed\.$' "$work/output" >/dev/null; then
    fail "some commands failed (see above); fix the cause and run this script again"
fi
if [[ $(grep -B1 -Fx 'Command _get-restart-required executed successfully.' "$work/output" | head -n1) == true ]]; then
    echo "Restart the domain for all changes to take effect (asadmin restart-domain)."
fi
echo "The domain is ready for Shopfloor: deploy the EAR (docs/operations.md)."
