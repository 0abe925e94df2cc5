-- GET /api/v1/communes/{code} over every code of BENCH_CODES (one per line), each thread starting at its own offset.
local report = dofile(os.getenv("BENCH_LIB") .. "/report.lua")

local codes = {}
for line in io.lines(os.getenv("BENCH_CODES")) do
  if line:match("^%d%d%d%d%d$") then
    codes[#codes + 1] = line
  end
end

setup = report.setup
local i = nil

function request()
  if i == nil then
    i = ((tid or 1) * 7919) % #codes
  end
  i = i % #codes + 1
  return wrk.format("GET", "/api/v1/communes/" .. codes[i])
end

function done(summary, latency, requests)
  report.print(summary, latency)
end
