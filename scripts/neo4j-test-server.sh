#!/usr/bin/env bash
# A real Neo4j 5.26 (Community, Bolt only) for the Neo4j store tests, without
# Docker: Neo4j's in-process test harness from Maven Central, started by
# test/neo4j-server/Launcher.java on a free port of 127.0.0.1.
#
# Usage:
#   scripts/neo4j-test-server.sh [serve]          foreground until Ctrl-C (npm run neo4j:test-server)
#   scripts/neo4j-test-server.sh start            start in the background, print NEO4J_* lines, return
#   scripts/neo4j-test-server.sh stop             SIGTERM the one `start` began, wait for its exit
#   scripts/neo4j-test-server.sh status           print its NEO4J_* lines if it runs (exit 1 if not)
#   scripts/neo4j-test-server.sh run -- CMD...    start, run CMD with NEO4J_URI, NEO4J_USER,
#                                                 NEO4J_PASSWORD, NEO4J_DATABASE exported, stop;
#                                                 exits with CMD's status
#   scripts/neo4j-test-server.sh classpath        only resolve the jars (e.g. to warm ~/.m2 in CI)
#
# `start` writes test/neo4j-server/target/neo4j.env (NEO4J_URI, NEO4J_USER,
# NEO4J_PASSWORD, NEO4J_DATABASE, NEO4J_PID), sourceable by a shell and
# readable as a dotenv file. Several servers can run at once, each on its own
# free port: give each a name with NEO4J_TEST_INSTANCE (its env file is then
# target/neo4j-<name>.env); `run` always uses a name of its own.
#
# Environment:
#   NEO4J_TEST_PASSWORD   password of user neo4j (default samverkan-test, at least 8 characters)
#   NEO4J_TEST_AUTH       "none" to turn authentication off (default: neo4j/$NEO4J_TEST_PASSWORD)
#   NEO4J_TEST_PORT       Bolt port (default 0: a free one)
#   NEO4J_TEST_HEAP       JVM heap, -Xmx (default 1g, see below)
#   NEO4J_TEST_PAGECACHE  page cache in MiB (default 64)
#   NEO4J_TEST_TX_MEMORY  db.memory.transaction.max in MiB (default 0: Neo4j's default, no per-transaction limit)
#   NEO4J_TEST_TIMEOUT    seconds to wait for Bolt (default 120)
#   NEO4J_TEST_INSTANCE   name for start/stop/status (default "default")
#   NEO4J_TEST_JAVA       java to use (default $JAVA_HOME/bin/java, else java on PATH); 17 or 21
#
# Files under test/neo4j-server/target/ (git-ignored): classpath.txt (the
# resolved jars in ~/.m2), and per instance instances/<name>/: launcher.log
# (the launcher's stdout/stderr), logs/ (Neo4j's debug.log, query.log,
# security.log, neo4j.log), bolt.uri, java.pid, exit-status. The database
# itself lives in a temporary folder that the launcher deletes on exit.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DIR="$ROOT/test/neo4j-server"
TARGET="$DIR/target"
CLASSPATH_FILE="$TARGET/classpath.txt"

# 1 GiB of heap: Neo4j keeps transaction state, query plans and the Lucene
# full-text writers on the heap. Measured with it: 200,000 nodes with two
# string properties created in one transaction (7 s); 1,000,000 in one
# transaction is refused with Neo.TransientError.General.MemoryPoolOutOfMemoryError
# ("dbms.memory.transaction.total.max threshold reached", the guard at 70% of
# the heap), not an OutOfMemoryError: the server stays up. That error is
# transient, so the driver's managed transactions retry it for ~30 s first.
# The store tests' seeds are far smaller. The page cache (NEO4J_TEST_PAGECACHE)
# is off-heap. Resident size: ~0.45-0.6 GB idle, ~0.65 GB after indexing
# 20,000 nodes, ~1.4 GB after a transaction that hit the limit; so two
# instances and the test runner fit CI's 24 GB with room to spare.
HEAP="${NEO4J_TEST_HEAP:-1g}"
PASSWORD="${NEO4J_TEST_PASSWORD:-samverkan-test}"
AUTH="${NEO4J_TEST_AUTH:-neo4j/$PASSWORD}"
PORT="${NEO4J_TEST_PORT:-0}"
PAGECACHE="${NEO4J_TEST_PAGECACHE:-64}"
TX_MEMORY="${NEO4J_TEST_TX_MEMORY:-0}"
TIMEOUT="${NEO4J_TEST_TIMEOUT:-120}"
STOP_TIMEOUT=60

say() { echo "neo4j-test-server: $*" >&2; }
die() { say "$*"; exit 1; }

usage() {
  sed -n '6,14p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
  exit 2
}

# --- instance files -----------------------------------------------------------

set_instance() {
  INSTANCE="$1"
  [[ "$INSTANCE" =~ ^[A-Za-z0-9_.-]+$ ]] || die "instance name must be letters, digits, '.', '_' or '-': '$INSTANCE'"
  STATE="$TARGET/instances/$INSTANCE"
  if [ "$INSTANCE" = default ]; then ENV_FILE="$TARGET/neo4j.env"; else ENV_FILE="$TARGET/neo4j-$INSTANCE.env"; fi
  URI_FILE="$STATE/bolt.uri"
  PID_FILE="$STATE/java.pid"
  STATUS_FILE="$STATE/exit-status"
  LOG_FILE="$STATE/launcher.log"
}

# The JVM of this instance, if it runs: prints its pid.
running_pid() {
  local pid
  [ -s "$PID_FILE" ] || return 1
  pid="$(cat "$PID_FILE")"
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 1
  # guard against a recycled pid: it must be our launcher
  ps -o args= -p "$pid" 2>/dev/null | grep -q 'Launcher.java' || return 1
  echo "$pid"
}

# --- java and the classpath ---------------------------------------------------

find_java() {
  if [ -n "${NEO4J_TEST_JAVA:-}" ]; then JAVA="$NEO4J_TEST_JAVA"
  elif [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then JAVA="$JAVA_HOME/bin/java"
  else JAVA="$(command -v java || true)"; fi
  if [ -z "$JAVA" ] || [ ! -x "$JAVA" ]; then
    die "no java found (Neo4j 5.26 needs Java 17 or 21; set NEO4J_TEST_JAVA or JAVA_HOME)"
  fi
  local v major
  v="$("$JAVA" -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -1)"
  major="${v%%.*}"
  [[ "$major" =~ ^[0-9]+$ ]] || die "cannot tell the version of $JAVA"
  [ "$major" -ge 17 ] || die "$JAVA is Java $v; Neo4j 5.26 needs Java 17 or 21"
  [ "$major" = 17 ] || [ "$major" = 21 ] || say "warning: $JAVA is Java $v; Neo4j 5.26 supports Java 17 and 21"
}

classpath_ok() {
  [ -s "$CLASSPATH_FILE" ] && [ ! "$DIR/pom.xml" -nt "$CLASSPATH_FILE" ] || return 1
  # every jar still in ~/.m2 (a cache restore or cleanup may have removed some)
  local jar jars
  IFS=: read -r -a jars <"$CLASSPATH_FILE"
  for jar in "${jars[@]}"; do [ -f "$jar" ] || return 1; done
}

resolve_classpath() {
  mkdir -p "$TARGET"
  classpath_ok && return 0
  command -v mvn >/dev/null || die "mvn not found: Maven resolves Neo4j's jars (apt-get install maven)"
  (
    # one resolution at a time (two `start`s at once share ~/.m2)
    if command -v flock >/dev/null; then flock 9; fi
    classpath_ok && exit 0
    say "resolving Neo4j's jars with Maven (the first time downloads ~140 MB into ~/.m2)"
    local t0=$SECONDS
    rm -f "$CLASSPATH_FILE"
    # mvn's output goes to stderr (our stdout carries only NEO4J_* lines),
    # without the stray colour codes Debian's Maven 3.8 prints even with -B
    mvn -q -B -f "$DIR/pom.xml" 2>&1 | sed $'s/\e\\[[0-9;]*m//g' >&2 ||
      die "Maven could not resolve the classpath (see above)"
    [ -s "$CLASSPATH_FILE" ] || die "Maven wrote no $CLASSPATH_FILE"
    say "classpath resolved in $((SECONDS - t0)) s"
  ) 9>"$TARGET/.classpath.lock"
}

# --- start / stop -------------------------------------------------------------

env_value() { # quote for sh only when needed (dotenv readers take plain values)
  if [[ "$1" =~ ^[A-Za-z0-9_./:@%+=,-]*$ ]]; then printf '%s' "$1"
  else printf "'%s'" "${1//\'/\'\\\'\'}"; fi
}

write_env() { # $1 = uri, $2 = pid
  local user=neo4j tmp="$ENV_FILE.tmp.$$"
  {
    echo "NEO4J_URI=$(env_value "$1")"
    echo "NEO4J_USER=$user"
    echo "NEO4J_PASSWORD=$(env_value "$PASSWORD")"
    echo "NEO4J_DATABASE=neo4j"
    echo "NEO4J_PID=$2"
  } >"$tmp"
  mv -f "$tmp" "$ENV_FILE"
}

# Starts the JVM in the background and waits until it serves Bolt.
# Sets NEO4J_URI and JAVA_PID.
start_server() {
  local pid
  if pid="$(running_pid)"; then
    die "instance '$INSTANCE' already runs (pid $pid, $ENV_FILE); stop it, or start another with NEO4J_TEST_INSTANCE=<name>"
  fi
  find_java
  resolve_classpath
  rm -rf "$STATE"
  mkdir -p "$STATE/logs"
  rm -f "$ENV_FILE"

  local t0 cp
  t0="${EPOCHREALTIME/[.,]/}"
  cp="$(cat "$CLASSPATH_FILE")"
  # A wrapper subshell records the JVM's exit status, so that a JVM dying
  # during start-up is told apart from a slow one, and `stop` can report how
  # it ended. Its output goes to the log, never to our stdout: a caller doing
  # `eval "$(... start)"` would otherwise wait for the pipe to close.
  (
    # JVM flags: the ones Neo4j 5 itself passes (its neo4j.conf); the temp
    # folder follows $TMPDIR. The source file is compiled in memory at start.
    NEO4J_AUTH="$AUTH" NEO4J_BOLT_PORT="$PORT" NEO4J_PAGECACHE="$PAGECACHE" NEO4J_TX_MEMORY="$TX_MEMORY" NEO4J_LOG_DIR="$STATE/logs" \
      "$JAVA" "-Xmx$HEAP" \
      --add-opens=java.base/java.nio=ALL-UNNAMED \
      --add-opens=java.base/java.io=ALL-UNNAMED \
      --add-opens=java.base/sun.nio.ch=ALL-UNNAMED \
      -Dio.netty.tryReflectionSetAccessible=true \
      -Dlog4j2.disable.jmx=true \
      -Djava.io.tmpdir="${TMPDIR:-/tmp}" \
      -cp "$cp" "$DIR/Launcher.java" "$URI_FILE" </dev/null &
    echo $! >"$PID_FILE"
    status=0
    wait $! || status=$?
    echo "$status" >"$STATUS_FILE"
  ) </dev/null >>"$LOG_FILE" 2>&1 &

  local deadline=$((SECONDS + TIMEOUT))
  while :; do
    if [ -s "$URI_FILE" ]; then break; fi
    if [ -s "$STATUS_FILE" ]; then
      local msg
      msg="$(grep '^neo4j-test-server: ' "$LOG_FILE" | tail -1 | sed 's/^neo4j-test-server: //' || true)"
      [ -n "$msg" ] || msg="$(grep -v '^[[:space:]]*$' "$LOG_FILE" | tail -1 || true)"
      die "the JVM exited with status $(cat "$STATUS_FILE") before Neo4j was up: ${msg:-no output} (log: $LOG_FILE)"
    fi
    if [ "$SECONDS" -ge "$deadline" ]; then
      if [ -s "$PID_FILE" ]; then kill -TERM "$(cat "$PID_FILE")" 2>/dev/null || true; fi
      die "Neo4j was not up within $TIMEOUT s (NEO4J_TEST_TIMEOUT); see $LOG_FILE and $STATE/logs/debug.log"
    fi
    sleep 0.2
  done
  NEO4J_URI="$(head -1 "$URI_FILE")"
  JAVA_PID="$(cat "$PID_FILE")"
  write_env "$NEO4J_URI" "$JAVA_PID"
  local ms=$(( (${EPOCHREALTIME/[.,]/} - t0) / 1000 ))
  say "Neo4j up at $NEO4J_URI in $((ms / 1000)).$((ms % 1000 / 100)) s (pid $JAVA_PID, heap $HEAP, logs in $STATE)"
}

# SIGTERM the JVM and wait for it; prints how it ended.
stop_server() {
  local pid
  if ! pid="$(running_pid)"; then
    rm -f "$ENV_FILE"
    say "instance '$INSTANCE' is not running"
    return 0
  fi
  kill -TERM "$pid" 2>/dev/null || true
  local deadline=$((SECONDS + STOP_TIMEOUT))
  while kill -0 "$pid" 2>/dev/null; do
    if [ "$SECONDS" -ge "$deadline" ]; then
      say "pid $pid still runs $STOP_TIMEOUT s after SIGTERM; sending SIGKILL"
      kill -KILL "$pid" 2>/dev/null || true
      sleep 1
      rm -f "$ENV_FILE"
      return 1
    fi
    sleep 0.2
  done
  # the wrapper writes the status right after the JVM is gone
  local i=0
  while [ ! -s "$STATUS_FILE" ] && [ $i -lt 25 ]; do sleep 0.2; i=$((i + 1)); done
  local status
  status="$(cat "$STATUS_FILE" 2>/dev/null || echo '?')"
  rm -f "$ENV_FILE"
  say "stopped pid $pid (exit status $status)"
  [ "$status" = 0 ]
}

print_env() { grep -v '^NEO4J_PID=' "$ENV_FILE"; }

# --- modes --------------------------------------------------------------------

mode="${1:-serve}"
[ $# -gt 0 ] && shift

case "$mode" in
  start)
    [ $# -eq 0 ] || usage
    set_instance "${NEO4J_TEST_INSTANCE:-default}"
    start_server
    cat "$ENV_FILE"
    ;;
  stop)
    [ $# -eq 0 ] || usage
    set_instance "${NEO4J_TEST_INSTANCE:-default}"
    stop_server
    ;;
  status)
    [ $# -eq 0 ] || usage
    set_instance "${NEO4J_TEST_INSTANCE:-default}"
    if running_pid >/dev/null && [ -s "$ENV_FILE" ]; then cat "$ENV_FILE"; else say "instance '$INSTANCE' is not running"; exit 1; fi
    ;;
  classpath)
    [ $# -eq 0 ] || usage
    find_java
    resolve_classpath
    say "classpath: $CLASSPATH_FILE ($(tr ':' '\n' <"$CLASSPATH_FILE" | wc -l) jars)"
    ;;
  serve)
    [ $# -eq 0 ] || usage
    set_instance "${NEO4J_TEST_INSTANCE:-default}"
    trap 'stop_server || true' EXIT
    # Ctrl-C reaches the script; the JVM (a background job) ignores SIGINT
    # and is stopped by the EXIT trap with SIGTERM.
    trap 'exit 0' INT TERM HUP
    start_server
    print_env
    say "serving until Ctrl-C (env file: $ENV_FILE)"
    # wait for the JVM (or a signal); if it dies by itself, say so
    while kill -0 "$JAVA_PID" 2>/dev/null; do sleep 1 & wait $! || true; done
    trap - EXIT
    die "the JVM exited by itself (status $(cat "$STATUS_FILE" 2>/dev/null || echo '?')); see $LOG_FILE"
    ;;
  run)
    [ "${1:-}" = "--" ] && shift
    [ $# -gt 0 ] || usage
    set_instance "${NEO4J_TEST_INSTANCE:-run-$$}"
    trap 'stop_server || true; say "logs kept in $STATE"' EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM
    start_server
    export NEO4J_URI NEO4J_USER=neo4j NEO4J_PASSWORD="$PASSWORD" NEO4J_DATABASE=neo4j
    status=0
    "$@" || status=$?
    trap - EXIT
    if stop_server && [ "$status" = 0 ]; then rm -rf "$STATE"; else say "logs kept in $STATE"; fi
    exit "$status"
    ;;
  -h | --help | help) usage ;;
  *) usage ;;
esac
