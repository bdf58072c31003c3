# Sourced by the packaging tests. round_trip WORKDIR RUNNER...: runs `hookbench listen --port 0 --count 1` and
# `hookbench send URL --data '{...}'` through RUNNER (the command that starts hookbench: an installed binary, an
# AppImage, a chroot around one), each with its own workspace under WORKDIR as RUNNER sees it, and checks that
# the request arrived and both ended well. WORKDIR_HOST, when set, is where the host sees WORKDIR (a chroot).
round_trip() {
    local workdir=$1
    shift
    local host_dir=${WORKDIR_HOST:-$workdir}
    local listen_out="$host_dir/listen.out" send_out="$host_dir/send.out"
    "$@" listen --port 0 --count 1 --workspace "$workdir/listen.hookbench" >"$listen_out" 2>&1 &
    local listener=$! i url=""
    for i in $(seq 300); do # the listener prints its URL when it is ready; 30 s at most (first start unpacks)
        url=$(grep -o 'listening on http://[^ ]*' "$listen_out" | head -n1 | cut -d' ' -f3)
        [ -n "$url" ] && break
        kill -0 $listener 2>/dev/null || break
        sleep 0.1
    done
    if [ -z "$url" ]; then
        echo "  listen did not start:"; sed 's/^/    /' "$listen_out"
        kill $listener 2>/dev/null
        return 1
    fi
    "$@" send "$url" --data '{"hello":"packaging"}' --workspace "$workdir/send.hookbench" >"$send_out" 2>&1
    local send_status=$?
    local listen_status=0
    for i in $(seq 100); do kill -0 $listener 2>/dev/null || break; sleep 0.1; done
    if kill -0 $listener 2>/dev/null; then
        kill $listener
        listen_status=124
    fi
    wait $listener || listen_status=$?
    if [ $send_status -ne 0 ] || [ $listen_status -ne 0 ] || ! grep -q '1 delivered, 0 failed' "$send_out" \
        || ! grep -qE 'POST / +21 bytes +-> 200' "$listen_out" || ! grep -q '^1 received' "$listen_out"; then
        echo "  send exited $send_status:"; sed 's/^/    /' "$send_out"
        echo "  listen exited $listen_status:"; sed 's/^/    /' "$listen_out"
        return 1
    fi
}
