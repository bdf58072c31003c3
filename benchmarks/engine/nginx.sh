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
# Needs nginx (Debian: apt-get install nginx-light). nginx answers HTTP/1.1 on one port and HTTP/2 with prior
# knowledge (h2c) on another, for the h2c part (--h2c-url).
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
        --url* | --h2c-url*) echo "nginx.sh: the URLs are set here (nginx's)" >&2; exit 2 ;;
    esac
done

# shellcheck source=../receiver/common.sh
. "$here/../receiver/common.sh"
require nginx.sh " (Debian: apt-get install nginx-light)" nginx

mkdir -p "$work/nginx"
port=$(free_port)
h2c_port=$(free_port)
# The receiver benchmark's server, and the same answer on an h2c port in front of it (keepalive_requests, lifted
# there, covers HTTP/2 connections too).
sed -e "s|@PREFIX@|$work/nginx|g" -e "s|@PORT@|$port|g" -e "s|@WORKERS@|1|g" \
    -e "s|^    server {|    server {\n        listen 127.0.0.1:$h2c_port http2;\n        location / {\n            default_type application/json;\n            return 200 '{\"ok\":true}';\n        }\n    }\n    server {|" \
    "$here/../receiver/nginx.conf.in" >"$work/nginx/nginx.conf"
nginx -p "$work/nginx" -c "$work/nginx/nginx.conf" -e "$work/nginx/error.log" &
pids+=("$!")
wait_for_port "$port"
wait_for_port "$h2c_port"
"$bench" --url "http://127.0.0.1:$port/hook" --h2c-url "http://127.0.0.1:$h2c_port/hook" "$@"
