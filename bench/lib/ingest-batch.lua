-- POST /api/v1/surveys/{BENCH_SURVEY}/responses/batch: paper forms of one village, BENCH_BATCH forms per request, every
-- batch sent twice (the copy is a retry that may overlap the first request). responseIds are
-- be0c0040-RRTT-4000-8000-NNNNNNNNNNNN as in ingest.lua (RR = BENCH_RUN). Every form of a 2xx answer is written to
-- BENCH_ACKS as "<CREATED|ALREADY_RECORDED> <responseId>".
local report = dofile(os.getenv("BENCH_LIB") .. "/report.lua")
local forms = dofile(os.getenv("BENCH_LIB") .. "/forms.lua")

local run = tonumber(os.getenv("BENCH_RUN") or "1")
local size = tonumber(os.getenv("BENCH_BATCH") or "50")
local path = "/api/v1/surveys/" .. os.getenv("BENCH_SURVEY") .. "/responses/batch"
local headers = forms.headers()

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
  local forms_of_request = {}
  for i = 1, size do
    forms_of_request[i] = forms.form(run, tid, (b - 1) * size + i, false)
  end
  local body = '{"villageCode":"' .. string.format("THON-%02d", b % 10 + 1) .. '","questionnaireVersion":1,"responses":['
      .. table.concat(forms_of_request, ",") .. ']}'
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
    if sample == "" then sample = forms.snippet(status, body) end
  end
end

function done(summary, latency, requests)
  forms.finish(report, summary, latency, "CREATED", { "sent", "batches", "created", "replayed", "other" })
end
