'use strict';

// Cursor movement on a terminal stream with ANSI escape sequences (Node's
// lib/internal/readline/callbacks.js): cursorTo, moveCursor, clearLine,
// clearScreenDown. Each writes one CSI sequence ("\x1b[" + parameters +
// command) and returns what stream.write returned; with no stream (or
// nothing to do) the callback still runs, on the next tick, as in Node.

var errors = require('internal/errors');
var validateFunction = require('internal/validators').validateFunction;

var ERR_INVALID_ARG_VALUE = errors.codes.ERR_INVALID_ARG_VALUE;
var ERR_INVALID_CURSOR_POS = errors.registerCode('ERR_INVALID_CURSOR_POS',
  'Cannot set cursor row without setting its column', TypeError);

var CSI = '\x1b[';
var kClearToLineBeginning = CSI + '1K';
var kClearToLineEnd = CSI + '0K';
var kClearLine = CSI + '2K';
var kClearScreenDown = CSI + '0J';

function nothingToWrite(callback) {
  if (typeof callback === 'function') process.nextTick(callback, null);
  return true;
}

// Moves the cursor to column x (and row y) of the stream, counted from 0.
function cursorTo(stream, x, y, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (typeof y === 'function') {
    callback = y;
    y = undefined;
  }
  if (Number.isNaN(x)) throw new ERR_INVALID_ARG_VALUE('x', x);
  if (Number.isNaN(y)) throw new ERR_INVALID_ARG_VALUE('y', y);
  if (stream === null || stream === undefined || (typeof x !== 'number' && typeof y !== 'number')) {
    return nothingToWrite(callback);
  }
  if (typeof x !== 'number') throw new ERR_INVALID_CURSOR_POS();
  var data = typeof y !== 'number' ? CSI + (x + 1) + 'G' : CSI + (y + 1) + ';' + (x + 1) + 'H';
  return stream.write(data, callback);
}

// Moves the cursor dx columns right (left when negative) and dy rows down.
function moveCursor(stream, dx, dy, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (stream === null || stream === undefined || !(dx || dy)) return nothingToWrite(callback);
  var data = '';
  if (dx < 0) data += CSI + (-dx) + 'D';
  else if (dx > 0) data += CSI + dx + 'C';
  if (dy < 0) data += CSI + (-dy) + 'A';
  else if (dy > 0) data += CSI + dy + 'B';
  return stream.write(data, callback);
}

// Clears the current line: dir < 0 left of the cursor, > 0 right of it,
// 0 all of it.
function clearLine(stream, dir, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (stream === null || stream === undefined) return nothingToWrite(callback);
  var type = dir < 0 ? kClearToLineBeginning : dir > 0 ? kClearToLineEnd : kClearLine;
  return stream.write(type, callback);
}

// Clears from the cursor to the end of the screen.
function clearScreenDown(stream, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (stream === null || stream === undefined) return nothingToWrite(callback);
  return stream.write(kClearScreenDown, callback);
}

module.exports = {
  clearLine: clearLine,
  clearScreenDown: clearScreenDown,
  cursorTo: cursorTo,
  moveCursor: moveCursor
};
