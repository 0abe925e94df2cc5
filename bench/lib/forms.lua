-- Shared by the ingestion scripts (ingest.lua, one form per request; ingest-many.lua, batches and app syncs): the forms they send,
-- their headers, and what done() writes of the answers (BENCH_ACKS) and prints (BENCH key=value).
local M = {}

function M.headers()
  local headers = { ["Content-Type"] = "application/json" }
  local token = os.getenv("BENCH_TOKEN")
  if token and token ~= "" then
    headers["Authorization"] = "Bearer " .. token
  end
  return headers
end

-- Form number `form` of wrk thread `tid` in run `run`: responseId be0c0040-RRTT-4000-8000-NNNNNNNNNNNN, household
-- HGĐ-BENCH-R-T-N, one form in nine not satisfied on Q2. With `per_form`, the form names its village and questionnaire
-- version itself (single submit and app sync); without, they are the batch's (paper batch).
function M.form(run, tid, form, per_form)
  local id = string.format("be0c0040-%02x%02x-4000-8000-%012x", run, tid, form)
  local q2 = form % 9 == 0 and '{"questionCode":"Q2","answer":"NOT_SATISFIED","reason":"Rác thải chưa được thu gom thường xuyên"}'
      or '{"questionCode":"Q2","answer":"SATISFIED"}'
  local village = per_form and ',"villageCode":"' .. string.format("THON-%02d", form % 10 + 1) .. '"' or ""
  local version = per_form and ',"questionnaireVersion":1' or ""
  return '{"responseId":"' .. id .. '"' .. village .. ',"householdId":"HGĐ-BENCH-' .. run .. '-' .. tid .. '-' .. form
      .. '","answers":[{"questionCode":"Q1","answer":"SATISFIED"},' .. q2
      .. ',{"questionCode":"Q3","answer":"SATISFIED"}],"collectedAt":"2026-01-15T02:30:00Z"' .. version .. '}'
end

-- The first lines of an unexpected answer, for the report.
function M.snippet(label, body)
  return label .. " " .. body:sub(1, 300):gsub("\n", " ")
end

-- For done(): prints the run's figures, writes every thread's acks ("<outcome> <responseId>") to BENCH_ACKS, counts
-- the responseIds acknowledged as created (`created_outcome`) more than once, and prints the thread counters named.
function M.finish(report, summary, latency, created_outcome, counters)
  report.print(summary, latency)
  local out = assert(io.open(os.getenv("BENCH_ACKS"), "w"))
  local creations, duplicated = {}, 0
  for _, t in ipairs(report.threads) do
    for _, line in ipairs(t:get("acks")) do
      out:write(line, "\n")
      local outcome, id = line:match("^(%S+) (.*)$")
      if outcome == created_outcome then
        if creations[id] then duplicated = duplicated + 1 end
        creations[id] = true
      end
    end
  end
  out:close()
  for _, name in ipairs(counters) do
    io.write(string.format("BENCH %s=%d\n", name, report.sum(name)))
  end
  io.write(string.format("BENCH created_twice=%d\n", duplicated))
  for _, t in ipairs(report.threads) do
    local s = t:get("sample")
    if s and s ~= "" then
      io.write("BENCH sample=", s, "\n")
      break
    end
  end
end

return M
