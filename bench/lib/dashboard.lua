-- GET of the dashboard URL given to wrk; counts answers that are not a complete view (a part unavailable), which
-- would be fast for the wrong reason.
local report = dofile(os.getenv("BENCH_LIB") .. "/report.lua")

setup = report.setup
partial = 0
complete = 0

function response(status, headers, body)
  if status == 200 and body:find('"partial":false', 1, true) then
    complete = complete + 1
  else
    partial = partial + 1
  end
end

function done(summary, latency, requests)
  report.print(summary, latency)
  io.write(string.format("BENCH complete=%d\nBENCH partial=%d\n", report.sum("complete"), report.sum("partial")))
end
