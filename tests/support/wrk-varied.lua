-- wrk script for tests/support/wrk-load.sh: each request picks one of about 900 read URLs (dyads, pages,
-- roots and months, speakers, outlets), so that most requests miss the server's 1 s response cache and reach
-- the store. Seeded, so every run asks the same sequence.
local countries = {"RUS", "UKR", "USA", "CHN", "ISR", "PSE", "IRN", "IND", "PAK", "GBR"}
local roots = {"01", "04", "05", "11", "13", "17", "18", "19", "20"}
local letters = {"a", "e", "i", "o", "u", "ka", "ta", "ru", "mi", "vo"}
local paths = {}

local function add(path) paths[#paths + 1] = path end

for _, s in ipairs(countries) do
  for _, t in ipairs(countries) do
    for page = 0, 2 do add(string.format("/api/events?dyad=%s:%s&limit=100&offset=%d", s, t, page * 100)) end
    add(string.format("/api/series?dyad=%s:%s", s, t))
  end
end
for _, root in ipairs(roots) do
  for year = 2020, 2022 do
    for month = 1, 12 do
      add(string.format("/api/events?cameo=%s&from=%d-%02d-01&to=%d-%02d-28&limit=50", root, year, month, year, month))
    end
  end
end
for _, letter in ipairs(letters) do
  for page = 0, 4 do
    add(string.format("/api/quotes?speaker=%s&limit=20&offset=%d", letter, page * 20))
    add(string.format("/api/claims?speaker=%s&limit=20&offset=%d", letter, page * 20))
  end
end
for page = 0, 49 do
  add(string.format("/api/articles?limit=50&offset=%d", page * 50))
  add(string.format("/api/actors?limit=20&offset=%d", page * 20))
end

local counter = 0
function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
end

function init(args)
  math.randomseed(7919 * id)
end

function request()
  return wrk.format("GET", paths[math.random(#paths)])
end
