'use strict';

// Transform streams (Node's lib/internal/streams/transform.js): a Duplex
// whose output is computed from its input. write(chunk) calls
// _transform(chunk, encoding, callback); callback(err, data) pushes data to
// the readable side. Backpressure comes from the reading end: when the
// readable buffer is at highWaterMark the callback is held (kCallback) and
// the next chunk is not transformed until _read asks for more. At the end,
// _flush(callback) may push a last chunk, then the readable side ends.

var Duplex = require('internal/streams/duplex');
var getHighWaterMark = require('internal/streams/state').getHighWaterMark;
var codes = require('internal/streams/codes').codes;

module.exports = Transform;

Object.setPrototypeOf(Transform.prototype, Duplex.prototype);
Object.setPrototypeOf(Transform, Duplex);

var kCallback = Symbol('kCallback');

function Transform(options) {
  if (!(this instanceof Transform)) return new Transform(options);

  // A Transform with readableHighWaterMark 0 must not buffer on the
  // writable side either (else it would buffer twice).
  var readableHighWaterMark = options ?
    getHighWaterMark(this, options, 'readableHighWaterMark', true) : null;
  if (readableHighWaterMark === 0) {
    var copy = {};
    for (var k in options) copy[k] = options[k];
    copy.highWaterMark = null;
    copy.readableHighWaterMark = readableHighWaterMark;
    copy.writableHighWaterMark = options.writableHighWaterMark || 0;
    options = copy;
  }

  Duplex.call(this, options);

  // _read is ours and ready: no need to wait a tick before the first read.
  this._readableState.sync = false;
  this[kCallback] = null;

  if (options) {
    if (typeof options.transform === 'function') this._transform = options.transform;
    if (typeof options.flush === 'function') this._flush = options.flush;
  }

  // Flush when the writable side finishes. Through 'prefinish' rather than
  // only _final, for Transforms that (wrongly) implement _final themselves.
  this.on('prefinish', prefinish);
}

function final(cb) {
  var self = this;
  if (typeof this._flush === 'function' && !this.destroyed) {
    this._flush(function (er, data) {
      if (er) {
        if (cb) cb(er);
        else self.destroy(er);
        return;
      }
      if (data != null) self.push(data);
      self.push(null);
      if (cb) cb();
    });
  } else {
    this.push(null);
    if (cb) cb();
  }
}

function prefinish() {
  if (this._final !== final) final.call(this);
}

Transform.prototype._final = final;

Transform.prototype._transform = function (chunk, encoding, callback) {
  throw new codes.ERR_METHOD_NOT_IMPLEMENTED('_transform()');
};

Transform.prototype._write = function (chunk, encoding, callback) {
  var self = this;
  var rState = this._readableState;
  var wState = this._writableState;
  var length = rState.length;

  this._transform(chunk, encoding, function (err, val) {
    if (err) {
      callback(err);
      return;
    }
    if (val != null) self.push(val);

    if (rState.ended) {
      // push(null) happened: let the state settle first.
      process.nextTick(callback);
    } else if (wState.ended || length === rState.length || rState.length < rState.highWaterMark) {
      callback();
    } else {
      // The readable side is full: continue when _read asks for more.
      self[kCallback] = callback;
    }
  });
};

Transform.prototype._read = function () {
  if (this[kCallback]) {
    var callback = this[kCallback];
    this[kCallback] = null;
    callback();
  }
};
