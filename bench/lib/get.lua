-- GET of the URL given to wrk; no per-response work, so that wrk spends as little CPU as possible.
local report = dofile(os.getenv("BENCH_LIB") .. "/report.lua")

function done(summary, latency, requests)
  report.print(summary, latency)
end
