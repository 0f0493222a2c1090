#!/usr/bin/env bash
# Tonle's load benchmark. Needs MariaDB/MySQL on 127.0.0.1:3306 (root, empty password; override with
# BENCH_MYSQL_HOST/PORT/USER) and Maven's local repository (the build runs offline when it can).
#
#   bench/run.sh            1,000,000 police rows + a 200,000-row immigration xlsx (~10 min on 2 cores)
#   bench/run.sh 200000     a quick check; BENCH_XLSX_ROWS=50000 for a smaller workbook
#   BENCH_JFR=1 bench/run.sh 200000   also record a JFR profile of each Tonle run (bench/work/*.jfr)
#   BENCH_ROUNDS=5 bench/run.sh       police on MariaDB and the LOAD DATA baseline run in turns 5 times (3)
#
# Cases (each Tonle run on a fresh database, ./tonle with its default JVM options (-Xmx256m), JVM
# start and Flyway included):
#   LOAD DATA baseline   Tonle's own normalised arrest rows (exported from the MariaDB run) loaded by
#                        `mysql` with LOAD DATA LOCAL INFILE into an identical empty table
#   police MariaDB/H2    ./tonle run --inbox <generated> --feed police
#   police restart       a run failing once at ~95% of the rows (--tonle.test.fail-at-row), then
#                        ./tonle restart <execution id> timed alone; then the same inside ./tonle serve:
#                        POST /runs fails at that row, POST /loads/<execution id>/restart timed alone
#   immigration xlsx     ./tonle run --feed immigration on MariaDB
# "x baseline" is the baseline's rows/s divided by the case's rows/s (for the police runs: their
# time over the baseline's time). Peak RSS is GNU time's maximum resident set size of the process
# (heap, plus the JVM's code, class metadata, the class-data archive and thread stacks); peak heap is the
# most heap in use before any collection, from the collector's log (-Xlog:gc).
# "CPU s (client)" is the process's user + system time (the server's work is not in it): less noisy than
# wall time on a busy machine.
# The table is printed and written, with the machine, to bench/RESULTS.md.
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$home"
N="${1:-1000000}"
M="${BENCH_XLSX_ROWS:-200000}"
work="${BENCH_WORK:-$home/bench/work}"
host="${BENCH_MYSQL_HOST:-127.0.0.1}"; port="${BENCH_MYSQL_PORT:-3306}"; user="${BENCH_MYSQL_USER:-root}"
opts="${BENCH_URL_OPTIONS:-useSSL=false&allowPublicKeyRetrieval=true}"
mysql_cmd=(mysql -h"$host" -P"$port" -u"$user" --protocol=TCP)
mkdir -p "$work"
results="$work/results.tsv"
: >"$results"
: >"$work/heap.tsv"
: >"$work/phases.tsv"

say() { printf '%s bench: %s\n' "$(date +%T)" "$*" >&2; }

# ---------------------------------------------------------------- build and data
say "building (mvn package, test classes, classpath)"
mvn_q() { mvn -q -B -o "$@" || mvn -q -B "$@"; }
mvn_q -Dstyle.color=never package -DskipTests >"$work/build.log" 2>&1
mvn_q -Dstyle.color=never test-compile dependency:build-classpath -Dmdep.outputFile="$work/classpath.txt" \
  >>"$work/build.log" 2>&1
touch target/tonle.jar   # the launcher rebuilds when any source is newer than the jar
./tonle --help >/dev/null   # the launcher makes its class-data archive once a build: outside every timing

inbox="$work/inbox-$N-$M"
if [ ! -f "$inbox/.done" ]; then
  say "generating $N police rows and a $M-row immigration workbook in $inbox"
  rm -rf "$work"/inbox-*
  java -Xmx512m -cp "target/test-classes:target/classes:$(cat "$work/classpath.txt")" \
    org.tonle.bench.BenchData "$inbox" "$N" "$M"
  touch "$inbox/.done"
fi

# ---------------------------------------------------------------- helpers
fresh_db() {  # fresh_db NAME: an empty MariaDB database
  "${mysql_cmd[@]}" -e "DROP DATABASE IF EXISTS $1; CREATE DATABASE $1 CHARACTER SET utf8mb4 COLLATE utf8mb4_bin"
}
sql() { "${mysql_cmd[@]}" -N -B "$1" -e "$2"; }
maria_url() { echo "jdbc:mysql://$host:$port/$1?$opts"; }

# timed NAME ROWS CMD...: runs CMD under GNU time, records seconds and peak RSS; returns CMD's status
timed() {
  local name="$1" rows="$2"; shift 2
  local rc=0
  /usr/bin/time -f '%e %M %U %S' -o "$work/$name.time" "$@" >"$work/$name.out" 2>"$work/$name.err" || rc=$?
  local sec rss usr sys
  read -r sec rss usr sys < <(tail -1 "$work/$name.time")
  printf '%s\t%s\t%s\t%s\t%s\n' "$name" "$rows" "$sec" "$rss" "$(awk -v u="$usr" -v s="$sys" 'BEGIN { print u + s }')" \
    >>"$results"
  say "$name: $rows rows in ${sec}s, peak RSS $((rss / 1024)) MB (exit $rc)"
  return $rc
}

# phases NAME STARTED LOG FROM: where a run's time went, from the lines its log gained: start-up (process
# start to the stage step), the stage, check and publish steps (Spring Batch's "executed in"), and the rest
# (the other steps of the run: finding and hashing files before, the summary and exit after)
phases() {
  local name="$1" started="$2" log="$3" from="$4" stage_at
  [ -f "$log" ] || return 0
  [ "$(wc -l <"$log")" -ge "$from" ] || from=0   # the log rolled over during the run
  stage_at=$(tail -n +"$((from + 1))" "$log" | grep -m1 'Executing step: \[stage\]' | cut -d' ' -f1 || true)
  [ -n "$stage_at" ] || return 0
  tail -n +"$((from + 1))" "$log" | awk -v name="$name" -v total="$(tail -1 "$work/$name.time" | cut -d' ' -f1)" \
    -v startup="$(awk -v a="$(date -d "$stage_at" +%s.%N)" -v b="$started" 'BEGIN { print a - b }')" '
    function seconds(t,   s, m) {   # Spring Batch durations: 1h2m3s4ms, 7s92ms, 633ms
      s = 0
      if (match(t, /[0-9]+h/)) { s += 3600 * substr(t, RSTART, RLENGTH - 1) }
      if (match(t, /[0-9]+m[^s]/)) { s += 60 * substr(t, RSTART, RLENGTH - 2) }
      if (match(t, /[0-9]+s/)) { m = substr(t, RSTART, RLENGTH - 1); s += m }
      if (match(t, /[0-9]+ms/)) { s += substr(t, RSTART, RLENGTH - 2) / 1000 }
      return s
    }
    /Step: \[(stage|check|publish)\] executed in/ {
      step = $0; sub(/.*Step: \[/, "", step); sub(/\].*/, "", step)
      t = $NF; took[step] += seconds(t)
    }
    END {
      rest = total - startup - took["stage"] - took["check"] - took["publish"]
      printf "%s\t%.2f\t%.2f\t%.2f\t%.2f\t%.2f\n", name, startup, took["stage"], took["check"], took["publish"], rest
    }' >>"$work/phases.tsv"
}

tonle() {  # tonle NAME ROWS URL DBUSER ARGS...: ./tonle with the given database, accepts exit 0 and 2
  local name="$1" rows="$2" url="$3" dbuser="$4"; shift 4
  local slug; slug="$(echo "$name" | tr -c 'A-Za-z0-9\n' '-')"
  # the collector's log gives the peak heap: the largest heap in use before a collection
  local extra=("-Xlog:gc:file=$work/$slug.gc")
  if [ -n "${BENCH_JFR:-}" ]; then
    extra+=("-XX:StartFlightRecording=filename=$work/$slug.jfr,settings=profile")
  fi
  local rc=0
  local log="$home/data/logs/tonle.log" from=0 started
  [ -f "$log" ] && from=$(wc -l <"$log")
  started=$(date +%s.%N)
  SPRING_DATASOURCE_URL="$url" SPRING_DATASOURCE_USERNAME="$dbuser" SPRING_DATASOURCE_PASSWORD="" \
  TONLE_JAVA_EXTRA_OPTS="${extra[*]}" timed "$name" "$rows" ./tonle "$@" || rc=$?
  phases "$name" "$started" "$log" "$from"
  printf '%s\t%s\n' "$name" "$( (grep -oE '[0-9]+M->[0-9]+M' "$work/$slug.gc" || true) | cut -dM -f1 | sort -n | tail -1)" \
    >>"$work/heap.tsv"
  if [ "$rc" != 0 ] && [ "$rc" != 2 ] && [ "$rc" != "${expect_exit:-}" ]; then
    say "$name failed (exit $rc):"; cat "$work/$name.out" "$work/$name.err" >&2; return 1
  fi
}

# ---------------------------------------------------------------- police on MariaDB and the LOAD DATA baseline
# This machine's speed drifts by 10-20% within minutes, more than most differences measured here, and
# one baseline run alone has moved the ratio from 1.9x to 2.5x: the two are run in turns, BENCH_ROUNDS
# times (default 3), each on a fresh database, and the table shows the median of each; the rounds are
# listed under it, each with its police run over its baseline, and the median of those ratios.
cols="load_id, source_row, period_key, period_month, operation_id, operation_date, province, nationality_iso3, \
suspects_arrested, of_which_female, victims_rescued, remarks"
db=tonle_bench_police
base=tonle_bench_baseline
for round in $(seq 1 "${BENCH_ROUNDS:-3}"); do
  fresh_db $db
  tonle "police, MariaDB" "$N" "$(maria_url $db)" "$user" run --inbox "$inbox" --feed police
  loaded=$(sql $db "SELECT COUNT(*) FROM arrest")
  held=$(sql $db "SELECT COUNT(*) FROM held_row")
  say "MariaDB: $loaded rows loaded, $held held back"
  [ $((loaded + held)) = "$N" ] || { say "rows do not add up"; exit 1; }
  if [ "$round" = 1 ]; then
    # mysql -B escapes tab, newline and backslash as LOAD DATA expects and writes NULL for NULL
    "${mysql_cmd[@]}" -N -B --quick $db -e "SELECT $cols FROM arrest" >"$work/arrest.tsv"
  fi
  fresh_db $base
  sql $base "CREATE TABLE arrest LIKE $db.arrest"
  timed "LOAD DATA baseline" "$loaded" "${mysql_cmd[@]}" --local-infile=1 $base \
    -e "LOAD DATA LOCAL INFILE '$work/arrest.tsv' INTO TABLE arrest CHARACTER SET utf8mb4 ($cols)"
  [ "$(sql $base "SELECT COUNT(*) FROM arrest")" = "$loaded" ] || { say "baseline row count differs"; exit 1; }
done
"${mysql_cmd[@]}" -e "DROP DATABASE $base"

# ---------------------------------------------------------------- police on H2
rm -rf "$work/h2"
tonle "police, H2" "$N" "jdbc:h2:file:$work/h2/warehouse" sa run --inbox "$inbox" --feed police
rm -rf "$work/h2"

# ---------------------------------------------------------------- restart near the end
db=tonle_bench_restart
fresh_db $db
# source rows are line numbers (remarks with line breaks take two): fail in the chunk at 95% of the lines
fail_at=$(( $(wc -l <"$inbox/police/police-bench.csv") * 95 / 100 ))
expect_exit=1 tonle "police, failing at 95%" "$N" "$(maria_url $db)" "$user" run --inbox "$inbox" --feed police \
  --tonle.test.fail-at-row=$fail_at
exec_id=$(sql $db "SELECT job_execution_id FROM file_load ORDER BY load_id DESC LIMIT 1")
state=$(sql $db "SELECT state FROM file_load ORDER BY load_id DESC LIMIT 1")
before=$(sql $db "SELECT (SELECT COUNT(*) FROM arrest) + (SELECT COUNT(*) FROM held_row)")
say "failed run left load state $state with $before rows staged (execution $exec_id)"
[ "$state" = FAILED ] || { say "expected a FAILED load"; exit 1; }
tonle "police, restart at 95%" "$((N - before))" "$(maria_url $db)" "$user" restart "$exec_id"
[ "$(sql $db "SELECT state FROM file_load ORDER BY load_id DESC LIMIT 1")" = PUBLISHED ] \
  || { say "the restarted load is not published"; exit 1; }
"${mysql_cmd[@]}" -e "DROP DATABASE $db"

# ---------------------------------------------------------------- the same restart inside ./tonle serve
# What the console's restart button will do: a running serve is asked over HTTP to run the inbox (it fails
# at the same row) and then to restart the load (POST /runs, POST /loads/ID/restart); the restart is timed
# alone, by curl's wall time from request to reply. Its JVM has started and has loaded 95% of the file.
db=tonle_bench_serve
fresh_db $db
serve_port="${BENCH_SERVE_PORT:-18079}"
token="$work/serve.token"
serve_log="$home/data/logs/tonle.log"
SPRING_DATASOURCE_URL="$(maria_url $db)" SPRING_DATASOURCE_USERNAME="$user" SPRING_DATASOURCE_PASSWORD="" \
  ./tonle serve --tonle.inbox="$inbox" --server.port="$serve_port" --tonle.serve-token-file="$token" \
  "--tonle.schedule.cron=0 0 2 1 1 *" --tonle.test.fail-at-row=$fail_at >"$work/serve.out" 2>&1 &
serve_pid=$!
trap 'kill -TERM "$serve_pid" 2>/dev/null || true' EXIT
for attempt in $(seq 240); do
  curl -sf "http://127.0.0.1:$serve_port/actuator/health" >/dev/null && break
  kill -0 "$serve_pid" 2>/dev/null || { say "serve ended early:"; cat "$work/serve.out" >&2; exit 1; }
  [ "$attempt" -lt 240 ] || { say "serve did not answer on port $serve_port within 120 s:"; cat "$work/serve.out" >&2; exit 1; }
  sleep 0.5
done
served() {  # served NAME ROWS PATH: POST PATH to serve, timed; where the time went, from serve's log
  local name="$1" rows="$2" path="$3" from=0 started
  from=$(wc -l <"$serve_log")
  started=$(date +%s.%N)
  # the token from its file, not on curl's command line (other accounts can read a command line)
  timed "$name" "$rows" curl -sS -o "$work/$(echo "$name" | tr -c 'A-Za-z0-9\n' '-').body" -X POST \
    -H @<(printf 'X-Tonle-Token: %s' "$(cat "$token")") "http://127.0.0.1:$serve_port$path"
  phases "$name" "$started" "$serve_log" "$from"
}
served "police in serve, failing at 95%" "$N" "/runs?feed=police"
exec_id=$(sql $db "SELECT job_execution_id FROM file_load ORDER BY load_id DESC LIMIT 1")
[ "$(sql $db "SELECT state FROM file_load ORDER BY load_id DESC LIMIT 1")" = FAILED ] \
  || { say "serve: expected a FAILED load"; exit 1; }
before=$(sql $db "SELECT (SELECT COUNT(*) FROM arrest) + (SELECT COUNT(*) FROM held_row)")
served "police in serve, restart at 95%" "$((N - before))" "/loads/$exec_id/restart"
[ "$(sql $db "SELECT state FROM file_load ORDER BY load_id DESC LIMIT 1")" = PUBLISHED ] \
  || { say "serve: the restarted load is not published"; exit 1; }
kill -TERM "$serve_pid"
wait "$serve_pid" || true
trap - EXIT
"${mysql_cmd[@]}" -e "DROP DATABASE $db"

# ---------------------------------------------------------------- immigration xlsx on MariaDB
db=tonle_bench_immigration
fresh_db $db
tonle "immigration xlsx, MariaDB" "$M" "$(maria_url $db)" "$user" run --inbox "$inbox" --feed immigration
dep=$(sql $db "SELECT COUNT(*) + (SELECT COUNT(*) FROM held_row) FROM deportation")
[ "$dep" = "$M" ] || { say "immigration: $dep rows staged of $M"; exit 1; }
"${mysql_cmd[@]}" -e "DROP DATABASE $db"
"${mysql_cmd[@]}" -e "DROP DATABASE tonle_bench_police"

# ---------------------------------------------------------------- the table
# a case run more than once (the police MariaDB runs and the baseline) shows its median; peak RSS and
# heap are the highest of its runs. awk_median: the median of a list of numbers separated by spaces.
awk_median='
  function median(list,   v, n, i, j, t) {
    n = split(list, v, " ")
    for (i = 2; i <= n; i++) for (j = i; j > 1 && v[j - 1] + 0 > v[j] + 0; j--) { t = v[j]; v[j] = v[j - 1]; v[j - 1] = t }
    return n % 2 ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2
  }'
case_median() {  # case_median NAME: the median of that case's seconds
  awk -F'\t' -v name="$1" "$awk_median"' $1 == name { list = list " " $3 } END { print median(list) }' "$results"
}
table="$(awk -F'\t' "$awk_median"'
  FNR == NR && FILENAME ~ /heap.tsv$/ { if ($2 + 0 > heap[$1] + 0) heap[$1] = $2; next }
  {
    rows[$1] = $2; sec[$1] = sec[$1] " " $3; cpu[$1] = cpu[$1] " " $5
    if ($4 + 0 > rss[$1] + 0) rss[$1] = $4
  }
  END {
    base = rows["LOAD DATA baseline"] / median(sec["LOAD DATA baseline"])
    printf "| case | rows | seconds | rows/s | x baseline | peak RSS MB | peak heap MB | CPU s (client) |\n|---|---:|---:|---:|---:|---:|---:|---:|\n"
    order = "LOAD DATA baseline|police, MariaDB|police, H2|police, failing at 95%|police, restart at 95%|immigration xlsx, MariaDB"
    n = split(order, want, "|")
    for (w = 1; w <= n; w++) if (want[w] in sec) {
      c = want[w]; s = median(sec[c]); rate = rows[c] / (s > 0 ? s : 0.01)
      printf "| %s | %\047d | %.1f | %\047d | %.2f | %d | %s | %.1f |\n", c, rows[c], s, rate, base / rate, rss[c] / 1024, (c in heap ? heap[c] : "-"), median(cpu[c])
    }
  }' "$work/heap.tsv" "$results")"
# each round's police run and baseline run back to back: their ratio is the least moved by the machine's
# drift, which changes both alike within a minute and by up to 50% between minutes
rounds_note="$(awk -F'\t' "$awk_median"'
  $1 == "police, MariaDB" { police[++p] = $3 }
  $1 == "LOAD DATA baseline" { base[++b] = $3 }
  END {
    if (p < 2) exit
    for (i = 1; i <= p; i++) { ps = ps (i > 1 ? " / " : "") police[i]; bs = bs (i > 1 ? " / " : "") base[i]
      r = sprintf("%.2f", police[i] / base[i]); rs = rs (i > 1 ? " / " : "") r; rl = rl " " r }
    printf "Rounds, in turns: police, MariaDB %s s; LOAD DATA baseline %s s; each round'"'"'s police run over its baseline %s (median %.2f).", ps, bs, rs, median(rl)
  }' "$results")"
base_sec=$(case_median "LOAD DATA baseline")
phases_table="$(awk -F'\t' -v base="$base_sec" "$awk_median"'
  BEGIN { printf "| case | start-up s | stage s | stage x baseline | check s | publish s | job s | job x baseline | rest s |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|\n" }
  $1 !~ /failing at 95%/ {
    if (!($1 in stage)) { order[++cases] = $1 }
    startup[$1] = startup[$1] " " $2; stage[$1] = stage[$1] " " $3; check[$1] = check[$1] " " $4
    publish[$1] = publish[$1] " " $5; rest[$1] = rest[$1] " " $6; job[$1] = job[$1] " " ($3 + $4 + $5)
  }
  END {
    for (k = 1; k <= cases; k++) {
      c = order[k]; police = c ~ /^police, (MariaDB|H2)$/ && base > 0
      st = median(stage[c]); jb = median(job[c])
      printf "| %s | %.2f | %.2f | %s | %.2f | %.2f | %.2f | %s | %.2f |\n", c, median(startup[c]), st,
        (police ? sprintf("%.2f", st / base) : "-"), median(check[c]), median(publish[c]), jb,
        (police ? sprintf("%.2f", jb / base) : "-"), median(rest[c])
    }
  }' "$work/phases.tsv")"
full=$(case_median "police, MariaDB")
restart=$(awk -F'\t' '$1 == "police, restart at 95%" { print $3 }' "$results")
served_restart=$(awk -F'\t' '$1 == "police in serve, restart at 95%" { print $3 }' "$results")
full_job=$(awk -F'\t' "$awk_median"' $1 == "police, MariaDB" { list = list " " ($3 + $4 + $5) } END { print median(list) }' \
  "$work/phases.tsv")
percent() { awk -v a="$1" -v b="$2" 'BEGIN { if (b + 0 > 0) printf "%.1f", 100 * a / b; else printf "?" }'; }
note="Restart near the end: by ./tonle restart ${restart}s, $(percent "$restart" "$full")% of the full MariaDB run \
(${full}s, the median); asked of a running ./tonle serve over HTTP ${served_restart}s, $(percent "$served_restart" \
"$full")% of the full run and $(percent "$served_restart" "$full_job")% of its job alone (${full_job}s: stage, check \
and publish, what the full load costs a running serve)."
machine="$(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')), \
$(free -g | awk '/Mem:/ { print $2 }') GB RAM, $(sql "" "SELECT VERSION()") (default settings: \
innodb_buffer_pool_size $(sql "" "SELECT @@innodb_buffer_pool_size DIV 1048576") MB, \
innodb_flush_log_at_trx_commit $(sql "" "SELECT @@innodb_flush_log_at_trx_commit")), \
$(java -version 2>&1 | head -1), $(date -u +%Y-%m-%d), load average at the end $(cut -d' ' -f1-3 /proc/loadavg)"
phases_note="Where each run's time went (from its log): start-up is process start to the stage step (JVM, Spring,
Flyway, finding and hashing the file, the job's launch), and for the restart asked of serve the request to the
stage step; job is stage + check + publish, what a file costs a process that is already running (./tonle serve)
apart from finding and hashing it; rest is the summary and exit."
echo
echo "$table"
echo
echo "$rounds_note"
echo
echo "$note"
echo
echo "$phases_table"
echo
echo "$phases_note"
echo "Machine: $machine"
{
  echo "# Benchmark results (latest run of bench/run.sh $N, xlsx $M rows)"
  echo
  echo "$table"
  echo
  echo "$rounds_note"
  echo
  echo "$note"
  echo
  echo "$phases_table"
  echo
  echo "$phases_note"
  echo
  echo "Machine: $machine."
  echo
  echo "Re-run: \`bench/run.sh\` (default 1,000,000 police rows) or \`bench/run.sh 200000\` for a quick check."
  if [ -f bench/HISTORY.md ]; then echo; cat bench/HISTORY.md; fi
} >bench/RESULTS.md
