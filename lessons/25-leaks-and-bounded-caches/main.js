// Lesson 25: memory leaks. A garbage collector frees what nothing refers to
// any more; a leak is memory that something still refers to, forever. The
// classic ones: an object used as a cache that only grows, and a module-level
// array that collects something on every call. The cure for a cache is a
// bound: evict an old entry when a new one would exceed the limit.

// The book's LimitableMap: a cache with a limit, evicting the oldest key
// first (first in, first out).
var hasOwnProperty = Object.prototype.hasOwnProperty;
function LimitableMap(limit) {
  this.limit = limit || 10;
  this.map = {};
  this.keys = [];
}
LimitableMap.prototype.set = function (key, value) {
  var map = this.map;
  var keys = this.keys;
  if (!hasOwnProperty.call(map, key)) {
    if (keys.length === this.limit) {
      var firstKey = keys.shift();  // the oldest key goes
      delete map[firstKey];
    }
    keys.push(key);
  }
  map[key] = value;
};
LimitableMap.prototype.get = function (key) {
  return this.map[key];
};

var small = new LimitableMap(3);
small.set('a', 1);
small.set('b', 2);
small.set('c', 3);
small.get('a');       // reading does not refresh a key (FIFO, not LRU)
small.set('d', 4);    // full: 'a', the oldest, is evicted
small.set('b', 22);   // an existing key: updated in place, nothing evicted
console.log('keys: ' + small.keys.join(',') + ' | a: ' + small.get('a') + ' | b: ' + small.get('b'));

// The same work behind an unbounded cache and behind a bounded one: 10000
// different requests.
function square(n) { return n * n; }
var unbounded = {};
var bounded = new LimitableMap(100);
for (var i = 0; i < 10000; i++) {
  if (!hasOwnProperty.call(unbounded, i)) unbounded[i] = square(i);
  if (bounded.get(i) === undefined) bounded.set(i, square(i));
}
console.log('unbounded cache after 10000 requests: ' + Object.keys(unbounded).length + ' entries');
console.log('bounded cache after 10000 requests: ' + bounded.keys.length + ' entries');

// A module-level array lives as long as the module does: every call to
// leak() adds to it and nothing ever removes anything.
var leakArray = [];
function leak() {
  leakArray.push('leak' + leakArray.length);
}
for (var j = 0; j < 10000; j++) leak();
console.log('leakArray after 10000 calls: ' + leakArray.length + ' strings, all still reachable');
