'use strict';

// A stable sort, as V8's Array.prototype.sort has been since 2018
// (Duktape's is not: equal elements may swap, and scripts that sort records
// by one key print them in another order than Node).
//
// HOW, following V8's TimSort (src/builtins/array-sort.tq, after CPython's
// listsort): the elements are copied into a work list (undefined values
// and holes left out: undefined values go to the end, then the holes);
// the list is cut into runs, each an already ascending or strictly
// descending stretch (reversed in place) extended to at least minRun
// elements by binary insertion; runs are merged pairwise, keeping the run
// stack's invariants. For fewer than 64 elements minRun is the whole list,
// so the comparator sees exactly the calls V8 makes: even a comparator
// that is not consistent (say `return a > b`, a common mistake) gives the
// order Node gives. Above that, the merges here do not gallop: the result
// is the same for any consistent comparator, the sequence of calls is not.

var util = require('internal/es/util');

// The default order: by String(x). `compare` functions below are called
// as compare(x, y) and only their sign is used, always as `< 0`, so a NaN
// or non-number result counts as 0 (the spec's ToNumber, NaN -> +0) without
// wrapping the user's comparator in another call.
function compareStrings(x, y) {
  var a = String(x);
  var b = String(y);
  return a < b ? -1 : a > b ? 1 : 0;
}

function minRunLength(n) {
  var r = 0;
  while (n >= 64) {
    r |= n & 1;
    n >>= 1;
  }
  return n + r;
}

function reverseRange(list, from, to) {
  for (var i = from, j = to - 1; i < j; i++, j--) {
    var t = list[i];
    list[i] = list[j];
    list[j] = t;
  }
}

// The length of the run starting at low (reversed in place if descending).
function countAndMakeRun(list, low, high, compare) {
  var next = low + 1;
  if (next === high) return 1;
  var runLength = 2;
  var descending = compare(list[next], list[low]) < 0;
  var previous = list[next];
  for (var i = next + 1; i < high; i++) {
    var current = list[i];
    var ascendingStep = !(compare(current, previous) < 0);
    if (descending === ascendingStep) break;
    previous = current;
    runLength++;
  }
  if (descending) reverseRange(list, low, low + runLength);
  return runLength;
}

// Sorts list[low, high) of which list[low, start) is already sorted.
function binaryInsertionSort(list, low, start, high, compare) {
  if (start === low) start++;
  for (; start < high; start++) {
    var left = low;
    var right = start;
    var pivot = list[right];
    while (left < right) {
      var mid = left + ((right - left) >> 1);
      if (compare(pivot, list[mid]) < 0) right = mid;
      else left = mid + 1;
    }
    for (var p = start; p > left; p--) list[p] = list[p - 1];
    list[left] = pivot;
  }
}

// Merges the sorted runs list[a, b) and list[b, c), stably.
function merge(list, a, b, c, compare) {
  var left = list.slice(a, b);
  var i = 0;
  var j = b;
  var k = a;
  while (i < left.length && j < c) {
    // Take from the right only when strictly smaller: equal elements keep
    // their order.
    if (compare(list[j], left[i]) < 0) list[k++] = list[j++];
    else list[k++] = left[i++];
  }
  while (i < left.length) list[k++] = left[i++];
}

// TimSort's run stack: merging keeps run lengths decreasing like the
// Fibonacci numbers, so that merges stay balanced.
function mergeCollapse(list, runs, compare, force) {
  while (runs.length > 1) {
    var n = runs.length - 2;
    if (!force) {
      var len = function (i) { return runs[i][1]; };
      if ((n > 0 && len(n - 1) <= len(n) + len(n + 1)) ||
          (n > 1 && len(n - 2) <= len(n - 1) + len(n))) {
        if (len(n - 1) < len(n + 1)) n--;
      } else if (len(n) > len(n + 1)) {
        break;
      }
    } else if (n > 0 && runs[n - 1][1] < runs[n + 1][1]) {
      n--;
    }
    var first = runs[n];
    var second = runs[n + 1];
    merge(list, first[0], second[0], second[0] + second[1], compare);
    runs.splice(n, 2, [first[0], first[1] + second[1]]);
  }
}

function timSort(list, compare) {
  var remaining = list.length;
  if (remaining < 2) return;
  var low = 0;
  var minRun = minRunLength(remaining);
  var runs = [];
  while (remaining !== 0) {
    var runLength = countAndMakeRun(list, low, low + remaining, compare);
    if (runLength < minRun) {
      var forced = Math.min(minRun, remaining);
      binaryInsertionSort(list, low, low + runLength, low + forced, compare);
      runLength = forced;
    }
    runs.push([low, runLength]);
    mergeCollapse(list, runs, compare, false);
    low += runLength;
    remaining -= runLength;
  }
  mergeCollapse(list, runs, compare, true);
}

// Duktape's own sort: not stable, but where every element is a string, or
// every element a number other than -0, equal elements are the same value
// and stability cannot be seen; there it is the fast path.
var nativeSort = Array.prototype.sort;

function primitivesOnly(list) {
  var type = typeof list[0];
  if (type !== 'string' && type !== 'number') return false;
  for (var i = 0; i < list.length; i++) {
    var v = list[i];
    if (typeof v !== type || (v === 0 && 1 / v < 0)) return false;
  }
  return true;
}

// Array.prototype.sort(comparefn) for any array-like `object`.
function sortArrayLike(object, comparefn) {
  var length = util.toLength(object.length);
  var list = [];
  var undefinedCount = 0;
  for (var i = 0; i < length; i++) {
    if (!(i in object)) continue;
    var value = object[i];
    if (value === undefined) undefinedCount++;
    else list.push(value);
  }
  if (comparefn === undefined && primitivesOnly(list)) nativeSort.call(list);
  else timSort(list, comparefn === undefined ? compareStrings : comparefn);
  var k = 0;
  for (; k < list.length; k++) object[k] = list[k];
  for (var u = 0; u < undefinedCount; u++) object[k++] = undefined;
  for (; k < length; k++) delete object[k];
  return object;
}

function checkComparator(comparefn) {
  if (comparefn !== undefined && typeof comparefn !== 'function') {
    throw new TypeError('The comparison function must be either a function or undefined');
  }
}

module.exports = {
  checkComparator: checkComparator,
  nativeSort: nativeSort,
  sortArrayLike: sortArrayLike,
  timSort: timSort
};
