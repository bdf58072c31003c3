-- wrk script for the receiver benchmark: 1 KB JSON POSTs with a webhook's usual headers, and one line of
-- machine-readable results at the end (run.sh parses it).
local payload = '{"type":"invoice.paid","id":"evt_1NwzXk2eZvKYlo2C","created":1700000000,"data":{"object":{'
    .. '"id":"in_1NwzXk2eZvKYlo2C","customer":"cus_Ob7h4ZgQYg","amount_paid":2500,"currency":"eur","lines":"'
payload = payload .. string.rep("x", 1024 - #payload - 4) .. '"}}}'

wrk.method = "POST"
wrk.path = "/hooks/bench"
wrk.body = payload
wrk.headers["Content-Type"] = "application/json"
wrk.headers["User-Agent"] = "hookbench-bench/1"
wrk.headers["X-Request-Id"] = "0b7f6a2e-5c4d-4e3f-9a8b-7c6d5e4f3a2b"

function done(summary, latency, requests)
    local seconds = summary.duration / 1e6
    local e = summary.errors
    io.write(string.format("RESULT requests=%d seconds=%.3f rps=%.0f p50_ms=%.3f p99_ms=%.3f max_ms=%.3f "
        .. "errors=%d non2xx=%d\n",
        summary.requests, seconds, summary.requests / seconds, latency:percentile(50) / 1000,
        latency:percentile(99) / 1000, latency.max / 1000,
        e.connect + e.read + e.write + e.timeout, e.status))
end
