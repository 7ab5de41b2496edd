// Exercise 25 (fix the script): a small service looks up user names through
// a cache, so that repeated requests are not fetched again. It handles 20000
// requests (in batches, one batch per turn of the event loop) for 20000
// different users, and its cache keeps every answer forever: on a real server
// that grows until the process runs out of memory.
//
// Bound the cache to at most 100 entries (evict the oldest first, like the
// lesson's LimitableMap). Repeated requests must still be answered from the
// cache while their entry is in it.
var cache = {};
var fetched = 0;

function fetchName(id) {  // the slow path (a database, say)
  fetched++;
  return 'user-' + id;
}

function lookup(id) {
  if (!Object.prototype.hasOwnProperty.call(cache, id)) {
    cache[id] = fetchName(id);
  }
  return cache[id];
}

var batch = 0;
setImmediate(function handleBatch() {
  for (var i = 0; i < 100; i++) {
    var id = batch * 100 + i;
    lookup(id);
    lookup(id);  // asked twice in a row: the second answer comes from the cache
  }
  batch++;
  if (batch < 200) {
    setImmediate(handleBatch);
  } else {
    console.log('answered 40000 requests, fetched ' + fetched + ' names');
    console.log('cache entries: ' + Object.keys(cache).length);
  }
});
