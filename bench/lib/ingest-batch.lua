-- POST /api/v1/surveys/{BENCH_SURVEY}/responses/batch: paper forms of one village, BENCH_BATCH forms per request, every
-- batch sent twice (the copy is a retry that may overlap the first request). responseIds are
-- be0c0040-RRTT-4000-8000-NNNNNNNNNNNN as in ingest.lua (RR = BENCH_RUN). Every form of a 2xx answer is written to
-- BENCH_ACKS as "<CREATED|ALREADY_RECORDED> <responseId>".
local report = dofile(os.getenv("BENCH_LIB") .. "/report.lua")

local run = tonumber(os.getenv("BENCH_RUN") or "1")
local size = tonumber(os.getenv("BENCH_BATCH") or "50")
local path = "/api/v1/surveys/" .. os.getenv("BENCH_SURVEY") .. "/responses/batch"
local headers = { ["Content-Type"] = "application/json" }
if os.getenv("BENCH_TOKEN") and os.getenv("BENCH_TOKEN") ~= "" then
  headers["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN")
end

setup = report.setup

sent = 0        -- forms (distinct responseIds) this thread sent
batches = 0     -- 2xx answers
created = 0     -- forms answered CREATED
replayed = 0    -- forms answered ALREADY_RECORDED
other = 0       -- non-2xx answers
acks = {}
sample = ""

local n = 0
local last_batch, last_request = 0, nil

local function batch_request(b)
  local forms = {}
  for i = 1, size do
    local form = (b - 1) * size + i
    local id = string.format("be0c0040-%02x%02x-4000-8000-%012x", run, tid, form)
    local q2 = form % 9 == 0 and '{"questionCode":"Q2","answer":"NOT_SATISFIED","reason":"Rác thải chưa được thu gom thường xuyên"}'
        or '{"questionCode":"Q2","answer":"SATISFIED"}'
    forms[i] = '{"responseId":"' .. id .. '","householdId":"HGĐ-BENCH-' .. run .. '-' .. tid .. '-' .. form
        .. '","answers":[{"questionCode":"Q1","answer":"SATISFIED"},' .. q2
        .. ',{"questionCode":"Q3","answer":"SATISFIED"}],"collectedAt":"2026-01-15T02:30:00Z"}'
  end
  local body = '{"villageCode":"' .. string.format("THON-%02d", b % 10 + 1) .. '","questionnaireVersion":1,"responses":['
      .. table.concat(forms, ",") .. ']}'
  return wrk.format("POST", path, headers, body)
end

function request()
  n = n + 1
  local b = math.floor((n + 1) / 2)
  if b ~= last_batch then
    last_batch, last_request = b, batch_request(b)
    sent = b * size
  end
  return last_request
end

function response(status, headers, body)
  if status == 201 or status == 200 then
    batches = batches + 1
    for id, outcome in body:gmatch('"responseId":"([0-9a-f%-]+)","outcome":"([A-Z_]+)"') do
      if outcome == "CREATED" then created = created + 1 else replayed = replayed + 1 end
      acks[#acks + 1] = outcome .. " " .. id
    end
  else
    other = other + 1
    if sample == "" then sample = status .. " " .. body:sub(1, 300):gsub("\n", " ") end
  end
end

function done(summary, latency, requests)
  report.print(summary, latency)
  local out = assert(io.open(os.getenv("BENCH_ACKS"), "w"))
  local creations, duplicated = {}, 0
  for _, t in ipairs(report.threads) do
    for _, line in ipairs(t:get("acks")) do
      out:write(line, "\n")
      local outcome, id = line:match("^(%S+) (.*)$")
      if outcome == "CREATED" then
        if creations[id] then duplicated = duplicated + 1 end
        creations[id] = true
      end
    end
  end
  out:close()
  io.write(string.format("BENCH sent=%d\nBENCH batches=%d\nBENCH created=%d\nBENCH replayed=%d\nBENCH other=%d\nBENCH created_twice=%d\n",
      report.sum("sent"), report.sum("batches"), report.sum("created"), report.sum("replayed"), report.sum("other"), duplicated))
  for _, t in ipairs(report.threads) do
    local s = t:get("sample")
    if s and s ~= "" then io.write("BENCH sample=", s, "\n") break end
  end
end
