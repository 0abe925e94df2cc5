-- POST /api/v1/surveys/{BENCH_SURVEY}/responses/sync: the mobile app syncing the forms it collected offline,
-- BENCH_BATCH forms per request (villages mixed as a surveyor's day is), every sync sent twice (the copy is a retry
-- that may overlap the first request). responseIds are be0c0040-RRTT-4000-8000-NNNNNNNNNNNN as in ingest.lua
-- (RR = BENCH_RUN). Every CREATED or ALREADY_RECORDED form of a 200 answer is written to BENCH_ACKS as
-- "<CREATED|ALREADY_RECORDED> <responseId>"; REFUSED forms are counted (refused) and never acknowledged.
local report = dofile(os.getenv("BENCH_LIB") .. "/report.lua")
local forms = dofile(os.getenv("BENCH_LIB") .. "/forms.lua")

local run = tonumber(os.getenv("BENCH_RUN") or "1")
local size = tonumber(os.getenv("BENCH_BATCH") or "50")
local path = "/api/v1/surveys/" .. os.getenv("BENCH_SURVEY") .. "/responses/sync"
local headers = forms.headers()

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
  local forms_of_request = {}
  for i = 1, size do
    forms_of_request[i] = forms.form(run, tid, (b - 1) * size + i, true)
  end
  return wrk.format("POST", path, headers, '{"forms":[' .. table.concat(forms_of_request, ",") .. ']}')
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
        if sample == "" then sample = forms.snippet("REFUSED " .. id, body) end
      end
      if outcome ~= "REFUSED" then acks[#acks + 1] = outcome .. " " .. id end
    end
  else
    other = other + 1
    if sample == "" then sample = forms.snippet(status, body) end
  end
end

function done(summary, latency, requests)
  forms.finish(report, summary, latency, "CREATED", { "sent", "batches", "created", "replayed", "refused", "other" })
end
