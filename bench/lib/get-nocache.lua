-- GET of the URL given to wrk with "Cache-Control: no-cache": a shared cache (the gateway's) must forward every
-- request to the service, so this measures the plain pass-through.
local report = dofile(os.getenv("BENCH_LIB") .. "/report.lua")

wrk.headers["Cache-Control"] = "no-cache"

function done(summary, latency, requests)
  report.print(summary, latency)
end
