'use strict';

// readline/promises (Node's lib/readline/promises.js and
// lib/internal/readline/promises.js): the same Interface, with question()
// returning a promise of the answer, and Readline, which queues cursor
// moves for a TTY stream and writes them in one go with commit().
//
// A question answered by a line that arrives in the same chunk as the
// previous answer finds no question pending (the next question is asked
// from a .then callback, a microtask later): that line is a 'line' event
// instead, as in Node.

var base = require('internal/readline/interface');
var errors = require('internal/errors');
var validators = require('internal/validators');

var BaseInterface = base.Interface;
var ERR_INVALID_ARG_TYPE = errors.codes.ERR_INVALID_ARG_TYPE;
var validateInteger = validators.validateInteger;

var CSI = '\x1b[';

var AbortError = require('internal/streams/codes').AbortError;

// The error a question cancelled by its signal rejects with.
function abortError(signal) {
  return new AbortError(undefined, { cause: signal.reason });
}

function Interface(input, output, completer, terminal) {
  if (!(this instanceof Interface)) {
    throw new TypeError("Class constructor Interface cannot be invoked without 'new'");
  }
  BaseInterface.call(this, input, output, completer, terminal);
}
Object.setPrototypeOf(Interface.prototype, BaseInterface.prototype);
Object.setPrototypeOf(Interface, BaseInterface);

Interface.prototype.question = function question(query, options) {
  var self = this;
  return new Promise(function (resolve, reject) {
    var cb = resolve;
    var signal = options !== null && typeof options === 'object' ? options.signal : undefined;
    if (signal) {
      validators.validateAbortSignal(signal, 'options.signal');
      if (signal.aborted) return reject(abortError(signal));
      var onAbort = function () {
        self._questionCancel();
        reject(abortError(signal));
      };
      signal.addEventListener('abort', onAbort, { once: true });
      cb = function (answer) {
        signal.removeEventListener('abort', onAbort);
        resolve(answer);
      };
    }
    self._question(query, cb);
  });
};

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

function isWritable(stream) {
  return stream !== null && typeof stream === 'object' && stream.writable === true &&
    typeof stream.write === 'function' && typeof stream.on === 'function';
}

// new Readline(stream[, { autoCommit }]): cursorTo, moveCursor, clearLine
// and clearScreenDown queue their escape sequences until commit() (or, with
// autoCommit, write each on the next tick); rollback() drops the queue.
function Readline(stream, options) {
  if (!(this instanceof Readline)) {
    throw new TypeError("Class constructor Readline cannot be invoked without 'new'");
  }
  if (!isWritable(stream)) throw new ERR_INVALID_ARG_TYPE('stream', 'Writable', stream);
  this._stream = stream;
  this._todo = [];
  this._autoCommit = false;
  if (options !== undefined && options !== null && options.autoCommit != null) {
    validators.validateBoolean(options.autoCommit, 'options.autoCommit');
    this._autoCommit = options.autoCommit;
  }
}

Readline.prototype._add = function (data) {
  if (this._autoCommit) {
    var stream = this._stream;
    process.nextTick(function () { stream.write(data); });
  } else {
    this._todo.push(data);
  }
  return this;
};

Readline.prototype.cursorTo = function cursorTo(x, y) {
  validateInteger(x, 'x');
  if (y != null) validateInteger(y, 'y');
  return this._add(y == null ? CSI + (x + 1) + 'G' : CSI + (y + 1) + ';' + (x + 1) + 'H');
};

Readline.prototype.moveCursor = function moveCursor(dx, dy) {
  if (!(dx || dy)) return this;
  validateInteger(dx, 'dx');
  validateInteger(dy, 'dy');
  var data = '';
  if (dx < 0) data += CSI + (-dx) + 'D';
  else if (dx > 0) data += CSI + dx + 'C';
  if (dy < 0) data += CSI + (-dy) + 'A';
  else if (dy > 0) data += CSI + dy + 'B';
  return this._add(data);
};

Readline.prototype.clearLine = function clearLine(dir) {
  validateInteger(dir, 'dir', -1, 1);
  return this._add(dir < 0 ? CSI + '1K' : dir > 0 ? CSI + '0K' : CSI + '2K');
};

Readline.prototype.clearScreenDown = function clearScreenDown() {
  return this._add(CSI + '0J');
};

Readline.prototype.commit = function commit() {
  var self = this;
  return new Promise(function (resolve) {
    self._stream.write(self._todo.join(''), resolve);
    self._todo = [];
  });
};

Readline.prototype.rollback = function rollback() {
  this._todo = [];
  return this;
};

module.exports = {
  Interface: Interface,
  Readline: Readline,
  createInterface: createInterface
};
