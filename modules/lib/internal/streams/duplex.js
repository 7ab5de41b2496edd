'use strict';

// Duplex streams (Node's lib/internal/streams/duplex.js): both Readable and
// Writable. JS has single inheritance, so a Duplex inherits from Readable
// and copies Writable's methods and properties; `instanceof Writable` still
// holds (Writable[Symbol.hasInstance] looks at _writableState).
//
// The two sides are independent (a socket's two directions): 'end' is the
// readable side done, 'finish' the writable side. allowHalfOpen: false ends
// the writable side when the readable one ends. The stream is destroyed
// (autoDestroy) when both are done.

var legacy = require('internal/streams/legacy');
var Readable = require('internal/streams/readable');
var Writable = require('internal/streams/writable');
var destroyImpl = require('internal/streams/destroy');
var trace = require('internal/trace');

var Stream = legacy.Stream;
var tracing = trace.enabled;

module.exports = Duplex;

Object.setPrototypeOf(Duplex.prototype, Readable.prototype);
Object.setPrototypeOf(Duplex, Readable);

(function copyWritableMethods() {
  var keys = Object.keys(Writable.prototype);
  for (var i = 0; i < keys.length; i++) {
    var method = keys[i];
    if (!Duplex.prototype[method]) Duplex.prototype[method] = Writable.prototype[method];
  }
})();

// The writable side's destroy (it fails queued writes too).
Duplex.prototype.destroy = Writable.prototype.destroy;

function Duplex(options) {
  if (!(this instanceof Duplex)) return new Duplex(options);

  if (this._events === undefined) {
    this._events = { close: undefined, error: undefined, prefinish: undefined, finish: undefined,
      drain: undefined, data: undefined, end: undefined, readable: undefined };
  }
  this._readableState = new Readable.ReadableState(options, this, true);
  this._writableState = new Writable.WritableState(options, this, true);

  if (options) {
    this.allowHalfOpen = options.allowHalfOpen !== false;

    if (options.readable === false) {
      this._readableState.readable = false;
      this._readableState.ended = true;
      this._readableState.endEmitted = true;
    }
    if (options.writable === false) {
      this._writableState.writable = false;
      this._writableState.ending = true;
      this._writableState.ended = true;
      this._writableState.finished = true;
    }

    if (typeof options.read === 'function') this._read = options.read;
    if (typeof options.write === 'function') this._write = options.write;
    if (typeof options.writev === 'function') this._writev = options.writev;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.final === 'function') this._final = options.final;
    if (typeof options.construct === 'function') this._construct = options.construct;
    if (options.signal) require('internal/streams/add-abort-signal').addAbortSignal(options.signal, this);
  } else {
    this.allowHalfOpen = true;
  }

  Stream.call(this, options);

  if (tracing) {
    var id = require('internal/streams/utils').traceIdFor(this, 'readable');
    this._readableState.traceId = id;
    this._writableState.traceId = id;
  }

  if (this._construct != null) {
    var self = this;
    destroyImpl.construct(this, function () {
      var r = self._readableState;
      if (r.needReadable) Readable._maybeReadMore(self, r);
      Writable._onConstructed(self, self._writableState);
    });
  }
}

var wp = Writable._properties;
Object.defineProperties(Duplex.prototype, {
  writable: wp.writable,
  writableHighWaterMark: wp.writableHighWaterMark,
  writableObjectMode: wp.writableObjectMode,
  writableBuffer: wp.writableBuffer,
  writableLength: wp.writableLength,
  writableFinished: wp.writableFinished,
  writableCorked: wp.writableCorked,
  writableEnded: wp.writableEnded,
  writableNeedDrain: wp.writableNeedDrain,
  destroyed: {
    get: function () {
      if (this._readableState === undefined || this._writableState === undefined) return false;
      return this._readableState.destroyed && this._writableState.destroyed;
    },
    set: function (value) {
      if (this._readableState && this._writableState) {
        this._readableState.destroyed = value;
        this._writableState.destroyed = value;
      }
    },
    enumerable: false,
    configurable: true
  }
});

// Duplex.from(x): a Duplex around a stream, a {readable, writable} pair,
// an iterable, a promise or a function (internal/streams/duplexify).
Duplex.from = function (body) {
  return require('internal/streams/duplexify')(body, 'body');
};

Readable._setDuplex(Duplex);
Writable._setDuplex(Duplex);
