-- Many forms per request, BENCH_BATCH of them, every request sent twice (the copy is a retry that may overlap the
-- first request), to one of the two multi-form endpoints (BENCH_MODE):
--   batch  POST /api/v1/surveys/{BENCH_SURVEY}/responses/batch: a village's paper forms, the batch checked whole
--   sync   POST /api/v1/surveys/{BENCH_SURVEY}/responses/sync: the app's offline queue, villages mixed as a
--          surveyor's day is, each form answered on its own (REFUSED forms are counted and never acknowledged)
-- responseIds are be0c0040-RRTT-4000-8000-NNNNNNNNNNNN as in ingest.lua (RR = BENCH_RUN). Every CREATED or
-- ALREADY_RECORDED form of a 2xx answer is written to BENCH_ACKS as "<CREATED|ALREADY_RECORDED> <responseId>".
local report = dofile(os.getenv("BENCH_LIB") .. "/report.lua")
local forms = dofile(os.getenv("BENCH_LIB") .. "/forms.lua")

local mode = os.getenv("BENCH_MODE") or "batch"
assert(mode == "batch" or mode == "sync", "BENCH_MODE must be batch or sync")
local run = tonumber(os.getenv("BENCH_RUN") or "1")
local size = tonumber(os.getenv("BENCH_BATCH") or "50")
local path = "/api/v1/surveys/" .. os.getenv("BENCH_SURVEY") .. "/responses/" .. mode
local headers = forms.headers()

setup = report.setup

sent = 0        -- forms (distinct responseIds) this thread sent
batches = 0     -- 2xx answers
created = 0     -- forms answered CREATED
replayed = 0    -- forms answered ALREADY_RECORDED
refused = 0     -- forms answered REFUSED (sync only)
other = 0       -- non-2xx answers
acks = {}
sample = ""

local n = 0
local last_number, last_request = 0, nil

local function body_of(b)
  local list = {}
  for i = 1, size do
    list[i] = forms.form(run, tid, (b - 1) * size + i, mode == "sync")
  end
  if mode == "sync" then
    return '{"forms":[' .. table.concat(list, ",") .. ']}'
  end
  return '{"villageCode":"' .. string.format("THON-%02d", b % 10 + 1) .. '","questionnaireVersion":1,"responses":['
      .. table.concat(list, ",") .. ']}'
end

function request()
  n = n + 1
  local b = math.floor((n + 1) / 2)
  if b ~= last_number then
    last_number, last_request = b, wrk.format("POST", path, headers, body_of(b))
    sent = b * size
  end
  return last_request
end

function response(status, headers, body)
  if status == 201 or status == 200 then
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
