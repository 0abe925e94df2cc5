-- Shared by the wrk scripts of bench/run: prints the figures of a run as "BENCH key=value" lines.
local M = {}

function M.print(summary, latency)
  local s = summary
  local seconds = s.duration / 1e6
  local lines = {
    string.format("requests=%d", s.requests),
    string.format("seconds=%.3f", seconds),
    string.format("rps=%.1f", s.requests / seconds),
    string.format("mean_us=%.1f", latency.mean),
    string.format("max_us=%d", latency.max),
    string.format("err_connect=%d", s.errors.connect),
    string.format("err_read=%d", s.errors.read),
    string.format("err_write=%d", s.errors.write),
    string.format("err_status=%d", s.errors.status),
    string.format("err_timeout=%d", s.errors.timeout),
  }
  for _, p in ipairs({ 50, 90, 95, 99 }) do
    lines[#lines + 1] = string.format("p%d_us=%d", p, latency:percentile(p))
  end
  for _, line in ipairs(lines) do
    io.write("BENCH ", line, "\n")
  end
end

-- Lets done() read each thread's counters.
M.threads = {}
function M.setup(thread)
  M.threads[#M.threads + 1] = thread
  thread:set("tid", #M.threads)
end

function M.sum(name)
  local total = 0
  for _, t in ipairs(M.threads) do
    total = total + (t:get(name) or 0)
  end
  return total
end

return M
