-- POST /api/v1/surveys/{BENCH_SURVEY}/responses: every form is sent twice, the second time as a client retry that
-- may overlap the first (the two copies go out on different connections). responseIds are
-- be0c0040-RRTT-4000-8000-NNNNNNNNNNNN (RR = BENCH_RUN, TT = wrk thread, N = form number of that thread), so that
-- bench/run can check the database against what was sent. Answers with their responseId are written to
-- BENCH_ACKS ("<status> <responseId>" per line).
local report = dofile(os.getenv("BENCH_LIB") .. "/report.lua")

local run = tonumber(os.getenv("BENCH_RUN") or "1")
local path = "/api/v1/surveys/" .. os.getenv("BENCH_SURVEY") .. "/responses"
local headers = { ["Content-Type"] = "application/json" }
if os.getenv("BENCH_TOKEN") and os.getenv("BENCH_TOKEN") ~= "" then
  headers["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN")
end

setup = report.setup

sent = 0        -- forms (distinct responseIds) this thread sent
created = 0     -- 201 answers
replayed = 0    -- 200 answers (a retry recognised)
other = 0       -- any other answer
acks = {}       -- "<status> <responseId>"
sample = ""     -- first unexpected answer, for the report

local n = 0
local last_form, last_request = 0, nil

local function form_request(form)
  local id = string.format("be0c0040-%02x%02x-4000-8000-%012x", run, tid, form)
  local village = string.format("THON-%02d", form % 10 + 1)
  local q2 = form % 9 == 0 and '{"questionCode":"Q2","answer":"NOT_SATISFIED","reason":"Rác thải chưa được thu gom thường xuyên"}'
      or '{"questionCode":"Q2","answer":"SATISFIED"}'
  local body = '{"responseId":"' .. id .. '","villageCode":"' .. village .. '","householdId":"HGĐ-BENCH-' .. run .. '-' .. tid
      .. '-' .. form .. '","answers":[{"questionCode":"Q1","answer":"SATISFIED"},' .. q2
      .. ',{"questionCode":"Q3","answer":"SATISFIED"}],"collectedAt":"2026-01-15T02:30:00Z","questionnaireVersion":1}'
  return wrk.format("POST", path, headers, body)
end

function request()
  n = n + 1
  local form = math.floor((n + 1) / 2)
  if form ~= last_form then
    last_form, last_request = form, form_request(form)
    sent = form
  end
  return last_request
end

function response(status, headers, body)
  if status == 201 or status == 200 then
    if status == 201 then created = created + 1 else replayed = replayed + 1 end
    local id = body:match('"responseId":"([0-9a-f%-]+)"')
    acks[#acks + 1] = status .. " " .. (id or "?")
  else
    other = other + 1
    if sample == "" then sample = status .. " " .. body:sub(1, 300):gsub("\n", " ") end
  end
end

function done(summary, latency, requests)
  report.print(summary, latency)
  local out = assert(io.open(os.getenv("BENCH_ACKS"), "w"))
  local creations = {}
  local duplicated = 0
  for _, t in ipairs(report.threads) do
    for _, line in ipairs(t:get("acks")) do
      out:write(line, "\n")
      local status, id = line:match("^(%d+) (.*)$")
      if status == "201" then
        if creations[id] then duplicated = duplicated + 1 end
        creations[id] = true
      end
    end
  end
  out:close()
  io.write(string.format("BENCH sent=%d\nBENCH created=%d\nBENCH replayed=%d\nBENCH other=%d\nBENCH created_twice=%d\n",
      report.sum("sent"), report.sum("created"), report.sum("replayed"), report.sum("other"), duplicated))
  for _, t in ipairs(report.threads) do
    local s = t:get("sample")
    if s and s ~= "" then io.write("BENCH sample=", s, "\n") break end
  end
end
