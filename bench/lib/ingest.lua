-- POST /api/v1/surveys/{BENCH_SURVEY}/responses: every form is sent twice, the second time as a client retry that
-- may overlap the first (the two copies go out on different connections). responseIds are
-- be0c0040-RRTT-4000-8000-NNNNNNNNNNNN (RR = BENCH_RUN, TT = wrk thread, N = form number of that thread), so that
-- bench/run can check the database against what was sent. Answers with their responseId are written to
-- BENCH_ACKS ("<status> <responseId>" per line).
local report = dofile(os.getenv("BENCH_LIB") .. "/report.lua")
local forms = dofile(os.getenv("BENCH_LIB") .. "/forms.lua")

local run = tonumber(os.getenv("BENCH_RUN") or "1")
local path = "/api/v1/surveys/" .. os.getenv("BENCH_SURVEY") .. "/responses"
local headers = forms.headers()

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
  local body = forms.form(run, tid, form, true)
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
    if sample == "" then sample = forms.snippet(status, body) end
  end
end

function done(summary, latency, requests)
  forms.finish(report, summary, latency, "201", { "sent", "created", "replayed", "other" })
end
