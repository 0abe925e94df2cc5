-- POST /api/v1/surveys/{BENCH_SURVEY}/responses/sync: the mobile app syncing the forms it collected offline,
-- BENCH_BATCH forms per request (villages mixed as a surveyor's day is), every sync sent twice (the copy is a retry
-- that may overlap the first request). responseIds are be0c0040-RRTT-4000-8000-NNNNNNNNNNNN as in ingest.lua
-- (RR = BENCH_RUN). Every CREATED or ALREADY_RECORDED form of a 200 answer is written to BENCH_ACKS as
-- "<CREATED|ALREADY_RECORDED> <responseId>"; REFUSED forms are counted (refused) and never acknowledged.
local report = dofile(os.getenv("BENCH_LIB") .. "/report.lua")

local run = tonumber(os.getenv("BENCH_RUN") or "1")
local size = tonumber(os.getenv("BENCH_BATCH") or "50")
local path = "/api/v1/surveys/" .. os.getenv("BENCH_SURVEY") .. "/responses/sync"
local headers = { ["Content-Type"] = "application/json" }
if os.getenv("BENCH_TOKEN") and os.getenv("BENCH_TOKEN") ~= "" then
  headers["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN")
end

setup = report.setup

sent = 0        -- forms (distinct responseIds) this thread sent
batches = 0     -- 200 answers
created = 0     -- forms answered CREATED
replayed = 0    -- forms answered ALREADY_RECORDED
refused = 0     -- forms answered REFUSED
other = 0       -- non-2xx answers
acks = {}
sample = ""

local n = 0
local last_sync, last_request = 0, nil

local function sync_request(b)
  local forms = {}
  for i = 1, size do
    local form = (b - 1) * size + i
    local id = string.format("be0c0040-%02x%02x-4000-8000-%012x", run, tid, form)
    local q2 = form % 9 == 0 and '{"questionCode":"Q2","answer":"NOT_SATISFIED","reason":"Rác thải chưa được thu gom thường xuyên"}'
        or '{"questionCode":"Q2","answer":"SATISFIED"}'
    forms[i] = '{"responseId":"' .. id .. '","villageCode":"' .. string.format("THON-%02d", form % 10 + 1)
        .. '","householdId":"HGĐ-BENCH-' .. run .. '-' .. tid .. '-' .. form
        .. '","answers":[{"questionCode":"Q1","answer":"SATISFIED"},' .. q2
        .. ',{"questionCode":"Q3","answer":"SATISFIED"}],"collectedAt":"2026-01-15T02:30:00Z","questionnaireVersion":1}'
  end
  return wrk.format("POST", path, headers, '{"forms":[' .. table.concat(forms, ",") .. ']}')
end

function request()
  n = n + 1
  local b = math.floor((n + 1) / 2)
  if b ~= last_sync then
    last_sync, last_request = b, sync_request(b)
    sent = b * size
  end
  return last_request
end

function response(status, headers, body)
  if status == 200 then
    batches = batches + 1
    for id, outcome in body:gmatch('"responseId":"([0-9a-f%-]+)","outcome":"([A-Z_]+)"') do
      if outcome == "CREATED" then
        created = created + 1
      elseif outcome == "ALREADY_RECORDED" then
        replayed = replayed + 1
      else
        refused = refused + 1
        if sample == "" then sample = "REFUSED " .. id .. " " .. body:sub(1, 300):gsub("\n", " ") end
      end
      if outcome ~= "REFUSED" then acks[#acks + 1] = outcome .. " " .. id end
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
  io.write(string.format("BENCH sent=%d\nBENCH batches=%d\nBENCH created=%d\nBENCH replayed=%d\nBENCH refused=%d\nBENCH other=%d\nBENCH created_twice=%d\n",
      report.sum("sent"), report.sum("batches"), report.sum("created"), report.sum("replayed"), report.sum("refused"),
      report.sum("other"), duplicated))
  for _, t in ipairs(report.threads) do
    local s = t:get("sample")
    if s and s ~= "" then io.write("BENCH sample=", s, "\n") break end
  end
end
