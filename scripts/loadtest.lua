-- wrk script for scripts/loadtest: mixed searches in every corpus language
-- and script (Latin, Devanagari, typed Hindi, Bengali, Tamil), over all three
-- clients, with the API key from the environment. Counts 5xx answers.
local paths = {
  "/v1/clients/vayu-mobile/search?q=recharge%20failed",
  "/v1/clients/vayu-mobile/search?q=%E0%A4%B0%E0%A4%BF%E0%A4%9A%E0%A4%BE%E0%A4%B0%E0%A5%8D%E0%A4%9C%20%E0%A4%A8%E0%A4%B9%E0%A5%80%E0%A4%82%20%E0%A4%B9%E0%A5%8B%20%E0%A4%B0%E0%A4%B9%E0%A4%BE",
  "/v1/clients/vayu-mobile/search?q=recharge%20nahi%20ho%20raha",
  "/v1/clients/vayu-mobile/search?q=sim%20blok&limit=5",
  "/v1/clients/vayu-mobile/search?q=%E0%AE%B0%E0%AF%80%E0%AE%9A%E0%AE%BE%E0%AE%B0%E0%AF%8D%E0%AE%9C%E0%AF%8D",
  "/v1/clients/vayu-mobile/search?q=mob&lang=en",
  "/v1/clients/sahyog-bank/search?q=%E0%A6%87%E0%A6%89%E0%A6%AA%E0%A6%BF%E0%A6%86%E0%A6%87%20%E0%A6%AA%E0%A7%87%E0%A6%AE%E0%A7%87%E0%A6%A8%E0%A7%8D%E0%A6%9F",
  "/v1/clients/sahyog-bank/search?q=upi%20pin%20reset",
  "/v1/clients/sahyog-bank/search?q=debit%20card%20blocked&type=faq",
  "/v1/clients/sahyog-bank/search?q=net%20banking%20password&offset=1",
  "/v1/clients/bazaarly/search?q=refund%20status",
  "/v1/clients/bazaarly/search?q=%22cancel%20an%20order%22",
  "/v1/clients/bazaarly/search?q=order%20nahi%20aaya",
  "/v1/clients/bazaarly/documents/refund-status-en",
  "/v1/clients",
}
local counter = 0
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  server_errors = 0
  auth = "Bearer " .. os.getenv("KB_LOADTEST_KEY")
  counter = math.random(#paths)
end

function request()
  counter = counter % #paths + 1
  return wrk.format("GET", paths[counter], {["Authorization"] = auth})
end

function response(status, headers, body)
  if status >= 500 then server_errors = server_errors + 1 end
end

function done(summary, latency, requests)
  local errors = 0
  for _, thread in ipairs(threads) do errors = errors + thread:get("server_errors") end
  io.write(string.format("loadtest: %d requests, %.0f/s, 5xx %d, non-2xx %d, socket errors %d\n",
    summary.requests, summary.requests / (summary.duration / 1e6), errors, summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
  io.write(string.format("loadtest: latency p50 %.2f ms, p99 %.2f ms, max %.2f ms\n",
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
