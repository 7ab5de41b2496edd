'use strict';

// A binary min-heap (Node's lib/internal/priority_queue.js), 1-indexed, with
// a callback that tells each node its position so it can be removed in
// O(log n).

function PriorityQueue(comparator, setPosition) {
  this._compare = comparator;
  this._setPosition = setPosition;
  this._heap = [undefined];
  this._size = 0;
}

PriorityQueue.prototype.insert = function (value) {
  var heap = this._heap;
  var pos = ++this._size;
  heap[pos] = value;
  this.percolateUp(pos);
};

PriorityQueue.prototype.peek = function () {
  return this._heap[1];
};

PriorityQueue.prototype.peekBottom = function () {
  return this._heap[this._size];
};

PriorityQueue.prototype.percolateDown = function (pos) {
  var compare = this._compare;
  var setPosition = this._setPosition;
  var heap = this._heap;
  var size = this._size;
  var hsize = size >> 1;
  var item = heap[pos];
  while (pos <= hsize) {
    var child = pos << 1;
    var nextChild = child + 1;
    var childItem = heap[child];
    if (nextChild <= size && compare(heap[nextChild], childItem) < 0) {
      child = nextChild;
      childItem = heap[nextChild];
    }
    if (compare(item, childItem) <= 0) break;
    if (setPosition !== undefined) setPosition(childItem, pos);
    heap[pos] = childItem;
    pos = child;
  }
  heap[pos] = item;
  if (setPosition !== undefined) setPosition(item, pos);
};

PriorityQueue.prototype.percolateUp = function (pos) {
  var heap = this._heap;
  var compare = this._compare;
  var setPosition = this._setPosition;
  var item = heap[pos];
  while (pos > 1) {
    var parent = heap[pos >> 1];
    if (compare(parent, item) <= 0) break;
    heap[pos] = parent;
    if (setPosition !== undefined) setPosition(parent, pos);
    pos = pos >> 1;
  }
  heap[pos] = item;
  if (setPosition !== undefined) setPosition(item, pos);
};

PriorityQueue.prototype.removeAt = function (pos) {
  var heap = this._heap;
  var size = --this._size;
  heap[pos] = heap[size + 1];
  heap[size + 1] = undefined;
  if (size > 0 && pos <= size) {
    if (pos > 1 && this._compare(heap[pos >> 1], heap[pos]) > 0) {
      this.percolateUp(pos);
    } else {
      this.percolateDown(pos);
    }
  }
};

PriorityQueue.prototype.shift = function () {
  var heap = this._heap;
  var value = heap[1];
  if (value === undefined) return;
  this.removeAt(1);
  return value;
};

PriorityQueue.prototype.size = function () {
  return this._size;
};

module.exports = PriorityQueue;
