'use strict';

// The intrusive doubly-linked list Node's timers use (lib/internal/linkedlist.js):
// not a class, helpers over any object with _idleNext/_idlePrev.

function init(list) {
  list._idleNext = list;
  list._idlePrev = list;
  return list;
}

// The first item, or null when empty.
function peek(list) {
  if (list._idlePrev === list) return null;
  return list._idlePrev;
}

function remove(item) {
  if (item._idleNext) item._idleNext._idlePrev = item._idlePrev;
  if (item._idlePrev) item._idlePrev._idleNext = item._idleNext;
  item._idleNext = null;
  item._idlePrev = null;
}

// Appends item to the end of the list (items are appended at _idleNext and
// taken from _idlePrev).
function append(list, item) {
  if (item._idleNext || item._idlePrev) remove(item);
  item._idleNext = list._idleNext;
  item._idlePrev = list;
  list._idleNext._idlePrev = item;
  list._idleNext = item;
}

function isEmpty(list) {
  return list._idleNext === list;
}

module.exports = { init: init, peek: peek, remove: remove, append: append, isEmpty: isEmpty };
