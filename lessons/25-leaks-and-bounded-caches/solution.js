// Exercise 25, a reference fix: the cache is the lesson's LimitableMap with a
// limit of 100. When a new entry would be the 101st, the oldest one is
// evicted, so memory stays bounded however many users come by; a request
// repeated soon after still finds its entry.
var hasOwnProperty = Object.prototype.hasOwnProperty;
function LimitableMap(limit) {
  this.limit = limit || 10;
  this.map = {};
  this.keys = [];
}
LimitableMap.prototype.set = function (key, value) {
  if (!hasOwnProperty.call(this.map, key)) {
    if (this.keys.length === this.limit) {
      delete this.map[this.keys.shift()];
    }
    this.keys.push(key);
  }
  this.map[key] = value;
};
LimitableMap.prototype.has = function (key) {
  return hasOwnProperty.call(this.map, key);
};
LimitableMap.prototype.get = function (key) {
  return this.map[key];
};

var cache = new LimitableMap(100);
var fetched = 0;

function fetchName(id) {  // the slow path (a database, say)
  fetched++;
  return 'user-' + id;
}

function lookup(id) {
  if (!cache.has(id)) {
    cache.set(id, fetchName(id));
  }
  return cache.get(id);
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
    console.log('cache entries: ' + cache.keys.length);
  }
});
