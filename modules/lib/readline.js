'use strict';

// readline (Node's lib/readline.js): reads a stream line by line.
//
//   var rl = readline.createInterface({ input: process.stdin });
//   rl.on('line', function (line) { ... });
//   rl.on('close', function () { ... });    // after the input's end
//
// The Interface itself is internal/readline/interface.js (its header says
// how lines are cut and when 'line' is emitted); this file adds the
// callback form of question() and the terminal helpers.

var util = require('util');
var base = require('internal/readline/interface');
var callbacks = require('internal/readline/callbacks');
var emitKeypressEvents = require('internal/readline/emitKeypressEvents');
var validateAbortSignal = require('internal/validators').validateAbortSignal;
var AbortError = require('internal/streams/codes').AbortError;

var BaseInterface = base.Interface;

function Interface(input, output, completer, terminal) {
  if (!(this instanceof Interface)) return new Interface(input, output, completer, terminal);
  BaseInterface.call(this, input, output, completer, terminal);
}
Object.setPrototypeOf(Interface.prototype, BaseInterface.prototype);
Object.setPrototypeOf(Interface, BaseInterface);

// question(query[, options], cb): writes query, hands the next line to cb.
// With options.signal, an abort cancels the question.
Interface.prototype.question = function question(query, options, cb) {
  cb = typeof options === 'function' ? options : cb;
  if (options !== null && typeof options === 'object' && options.signal) {
    var signal = options.signal;
    validateAbortSignal(signal, 'options.signal');
    if (signal.aborted) return;
    var self = this;
    var onAbort = function () { self._questionCancel(); };
    signal.addEventListener('abort', onAbort, { once: true });
    var cleanup = function () { signal.removeEventListener('abort', onAbort); };
    var original = cb;
    cb = typeof cb === 'function' ? function (answer) {
      cleanup();
      return original(answer);
    } : cleanup;
  }
  if (typeof cb === 'function') this._question(query, cb);
};

// util.promisify(rl.question) resolves with the answer (no error argument),
// and rejects with an AbortError when options.signal aborts.
Object.defineProperty(Interface.prototype.question, util.promisify.custom, {
  configurable: true,
  value: function question(query, options) {
    if (options === null || typeof options !== 'object') options = {};
    var signal = options.signal;
    if (signal && signal.aborted) {
      return Promise.reject(new AbortError(undefined, { cause: signal.reason }));
    }
    var self = this;
    return new Promise(function (resolve, reject) {
      var cb = resolve;
      if (signal) {
        var onAbort = function () { reject(new AbortError(undefined, { cause: signal.reason })); };
        signal.addEventListener('abort', onAbort, { once: true });
        cb = function (answer) {
          signal.removeEventListener('abort', onAbort);
          resolve(answer);
        };
      }
      self.question(query, options, cb);
    });
  }
});

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

module.exports = {
  Interface: Interface,
  clearLine: callbacks.clearLine,
  clearScreenDown: callbacks.clearScreenDown,
  createInterface: createInterface,
  cursorTo: callbacks.cursorTo,
  emitKeypressEvents: emitKeypressEvents,
  moveCursor: callbacks.moveCursor
};

Object.defineProperty(module.exports, 'promises', {
  configurable: true,
  enumerable: true,
  get: function () { return require('readline/promises'); }
});
