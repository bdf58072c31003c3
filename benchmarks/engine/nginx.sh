#!/usr/bin/env bash
# The engine benchmark against nginx instead of the built-in responder: nginx on loopback with the receiver
# benchmark's configuration (one worker, `return 200 '{"ok":true}'`), so the responses carry the headers a real
# server sends (Server, Date, Content-Type, Content-Length, Connection: 154 bytes against the responder's 74). QNAM
# reads a plain-HTTP response's status line and headers one byte per read() call, so the size of those headers is
# part of every client's cost, the bare baseline's as much as the engine's.
#
#   benchmarks/engine/nginx.sh [PATH/TO/bench_engine] [bench_engine options...]
#   e.g. benchmarks/engine/nginx.sh build-release/benchmarks/engine/bench_engine --count 10000 --engine-window all
#
# Needs nginx (Debian: apt-get install nginx-light). The h2c part needs the built-in responder (nginx is not set up
# for h2c here): run it without this script.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
bench=$root/build-release/benchmarks/engine/bench_engine
if [ $# -gt 0 ] && [ "${1#-}" = "$1" ]; then
    bench=$1
    shift
fi
[ -x "$bench" ] || { echo "nginx.sh: no bench_engine at $bench (build it, or pass its path)" >&2; exit 2; }
for arg in "$@"; do
    case "$arg" in
        --url*) echo "nginx.sh: --url is set here (nginx's)" >&2; exit 2 ;;
        h2c) echo "nginx.sh: the h2c part needs the built-in responder; run bench_engine without this script" >&2
             exit 2 ;;
    esac
done

# shellcheck source=../receiver/common.sh
. "$here/../receiver/common.sh"
require nginx.sh " (Debian: apt-get install nginx-light)" nginx

mkdir -p "$work/nginx"
port=$(free_port)
sed -e "s|@PREFIX@|$work/nginx|g" -e "s|@PORT@|$port|g" -e "s|@WORKERS@|1|g" \
    "$here/../receiver/nginx.conf.in" >"$work/nginx/nginx.conf"
nginx -p "$work/nginx" -c "$work/nginx/nginx.conf" -e "$work/nginx/error.log" &
pids+=("$!")
wait_for_port "$port"
"$bench" --url "http://127.0.0.1:$port/hook" "$@"
