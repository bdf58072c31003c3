#!/usr/bin/env bash
# Receiver benchmark: wrk sends 1 KB JSON POSTs over 64 keep-alive connections, first to nginx (the reference,
# started here on loopback with nginx.conf.in), then to `hookbench listen` printing every request, then to
# `hookbench listen --workspace` capturing every request into a workspace through the batching writer (SQLite on
# its own thread). Prints requests/s, latency percentiles and CPU per request for each, and the ratios to nginx.
#
#   benchmarks/receiver/run.sh [PATH/TO/hookbench]
#   environment: DURATION (seconds measured, default 10), WARMUP (seconds, default 2), CONNECTIONS (default 64),
#                THREADS (wrk threads, default 1), NGINX_WORKERS (default 1: the receiver is one thread too),
#                ROUNDS (default 1): the three are measured in turn this many times, and the ratios of each round
#                and their medians are printed. On a shared machine one round's ratio moves by ±0.1; compare
#                medians of 5 or more rounds.
#
# Needs wrk and nginx (Debian: apt-get install wrk nginx-light). Only 127.0.0.1 is used.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
hookbench=${1:-$root/build-release/app/hookbench}
duration=${DURATION:-10}
warmup=${WARMUP:-2}
connections=${CONNECTIONS:-64}
threads=${THREADS:-1}
workers=${NGINX_WORKERS:-1}
rounds=${ROUNDS:-1}

# shellcheck source=common.sh
. "$here/common.sh"
require run.sh " (Debian: apt-get install wrk nginx-light)" wrk nginx

# CPU time (user + system) in clock ticks of the given processes.
cpu_ticks() {
    local total=0 pid fields
    for pid in "$@"; do
        read -r -a fields < <(sed 's/^.*) //' "/proc/$pid/stat")
        total=$((total + fields[11] + fields[12]))
    done
    echo "$total"
}

# "NAME USER SYSTEM" in clock ticks for every thread of the given processes (one line each; threads of the same
# name are summed later).
thread_ticks() {
    local pid task line name fields
    for pid in "$@"; do
        for task in /proc/"$pid"/task/*; do
            read -r line <"$task/stat" 2>/dev/null || continue
            name=${line#*(}
            name=${name%)*}
            read -r -a fields <<<"${line##*) }"
            echo "${name// /_} ${fields[11]} ${fields[12]}"
        done
    done
}

# Runs wrk against a URL (warm-up, then the measured run) while watching the CPU of the given processes.
# Sets: rps p50 p99 max errors non2xx requests warmup_requests cpu_us split (user and kernel µs per request, by
# thread name)
measure() {
    local url=$1
    shift
    local before after line
    line=$(wrk -t"$threads" -c"$connections" -d"${warmup}s" -s "$here/post.lua" "$url" | grep '^RESULT')
    warmup_requests=$(echo "$line" | sed 's/.* requests=\([0-9]*\).*/\1/')
    before=$(cpu_ticks "$@")
    thread_ticks "$@" >"$work/threads.before"
    line=$(wrk -t"$threads" -c"$connections" -d"${duration}s" --timeout 10s -s "$here/post.lua" "$url" | grep '^RESULT')
    after=$(cpu_ticks "$@")
    thread_ticks "$@" >"$work/threads.after"
    eval "$(echo "$line" | sed 's/^RESULT //; s/\([a-z0-9_]*\)=/local_\1=/g')"
    rps=$local_rps p50=$local_p50_ms p99=$local_p99_ms max=$local_max_ms errors=$local_errors
    non2xx=$local_non2xx requests=$local_requests
    local hz
    hz=$(getconf CLK_TCK)
    cpu_us=$(awk -v t=$((after - before)) -v hz="$hz" -v n="$requests" 'BEGIN { printf "%.1f", t * 1e6 / hz / n }')
    # Threads that started or ended during the run count from zero or are left out; the main ones live throughout.
    split=$(awk -v hz="$hz" -v n="$requests" '
        FNR == NR { u0[$1] += $2; s0[$1] += $3; next }
        { u1[$1] += $2; s1[$1] += $3 }
        END {
            for (t in u1) {
                u = (u1[t] - u0[t]) * 1e6 / hz / n; k = (s1[t] - s0[t]) * 1e6 / hz / n
                if (u + k >= 0.5) printf "%s%s %.1f user + %.1f kernel", sep, t, u, k
                sep = "; "
            }
        }' "$work/threads.before" "$work/threads.after")
}

results=()
record() {
    results+=("$(printf '%-46s %10s %9s %9s %9s %8s %10s' "$1" "$rps" "$p50" "$p99" "$max" "$((errors + non2xx))" "$cpu_us")")
    splits+=("$(printf '  %-44s %s' "$1:" "$split")")
}
splits=()

echo "receiver benchmark: wrk -t$threads -c$connections, ${warmup} s warm-up + ${duration} s, 1 KB JSON POSTs, $(nproc) CPUs," \
    "$rounds round(s)"

# nginx: started once, measured in every round.
mkdir -p "$work/nginx"
nginx_port=$(free_port)
sed -e "s|@PREFIX@|$work/nginx|g" -e "s|@PORT@|$nginx_port|g" -e "s|@WORKERS@|$workers|g" \
    "$here/nginx.conf.in" >"$work/nginx/nginx.conf"
nginx -p "$work/nginx" -c "$work/nginx/nginx.conf" -e "$work/nginx/error.log" &
nginx_pid=$!
pids+=("$nginx_pid")
wait_for_port "$nginx_port"
nginx_workers=$(pgrep -P "$nginx_pid" | tr '\n' ' ')

# hookbench listen: starts, is measured, is stopped with SIGTERM; its summary must count every request.
run_listen() {
    local label=$1
    shift
    local out="$work/listen-$RANDOM.out"
    "$hookbench" listen --port 0 "$@" >"$out" 2>"$work/listen.err" &
    local pid=$!
    pids+=("$pid")
    local url
    url=$(listening_url run.sh "$out" "$work/listen.err" 100)
    measure "${url}hooks/bench" "$pid"
    record "$label"
    local stop_start stop_end
    stop_start=$(date +%s.%N)
    kill -TERM "$pid"
    wait "$pid" || true
    stop_end=$(date +%s.%N)
    echo "  $label: wrk completed $((warmup_requests + requests)) requests, listen says \"$(tail -n 1 "$out")\";" \
        "exit took $(awk -v a="$stop_start" -v b="$stop_end" 'BEGIN { printf "%.2f", b - a }') s"
    last_rps=$rps
}

# One line per round: "nginx print capture" requests/s.
round_rps=()
for ((round = 1; round <= rounds; ++round)); do
    suffix=""
    [ "$rounds" -gt 1 ] && suffix=", round $round"
    # shellcheck disable=SC2086
    measure "http://127.0.0.1:$nginx_port/" $nginx_workers
    nginx_rps=$rps
    record "nginx ($workers worker)$suffix"
    run_listen "hookbench listen (print only)$suffix"
    print_rps=$last_rps
    rm -f "$work/bench.hookbench"*
    run_listen "hookbench listen --workspace$suffix" --workspace "$work/bench.hookbench"
    round_rps+=("$nginx_rps $print_rps $last_rps")
done
kill "$nginx_pid"
wait "$nginx_pid" 2>/dev/null || true

echo
printf '%-46s %10s %9s %9s %9s %8s %10s\n' "" "requests/s" "p50 ms" "p99 ms" "max ms" "errors" "CPU us/req"
printf '%s\n' "${results[@]}"
echo
echo "CPU µs per request by thread (user + kernel; the kernel's share includes the loopback delivery to wrk):"
printf '%s\n' "${splits[@]}"
echo
printf '%s\n' "${round_rps[@]}" | awk '
    function median(a, n,    i, j, t) {
        for (i = 2; i <= n; ++i) for (j = i; j > 1 && a[j - 1] > a[j]; --j) { t = a[j]; a[j] = a[j - 1]; a[j - 1] = t }
        return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
    }
    { ++n; p[n] = $2 / $1; c[n] = $3 / $1; line = line sprintf("%s%.2f / %.2f", n > 1 ? ", " : "", p[n], c[n]) }
    END {
        if (n == 1) {
            printf "ratio to nginx: print only %.2f, capture into the workspace %.2f\n", p[1], c[1]
        } else {
            printf "ratios to nginx by round (print only / capture): %s\n", line
            printf "median of %d rounds: print only %.2f, capture into the workspace %.2f\n", n, median(p, n), median(c, n)
        }
    }'
