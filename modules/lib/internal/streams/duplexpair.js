'use strict';

// stream.duplexPair([options]) (Node's lib/internal/streams/duplexpair.js):
// two Duplex streams wired to each other: what one writes, the other reads
// (an in-memory socket pair).

var Duplex = require('internal/streams/duplex');

var kCallback = Symbol('Callback');
var kInitOtherSide = Symbol('InitOtherSide');

function DuplexSide(options) {
  Duplex.call(this, options);
  this[kCallback] = null;
  this._otherSide = null;
}
Object.setPrototypeOf(DuplexSide.prototype, Duplex.prototype);
Object.setPrototypeOf(DuplexSide, Duplex);

DuplexSide.prototype[kInitOtherSide] = function (otherSide) {
  this._otherSide = otherSide;
};

DuplexSide.prototype._read = function () {
  var callback = this[kCallback];
  if (callback) {
    this[kCallback] = null;
    callback();
  }
};

DuplexSide.prototype._write = function (chunk, encoding, callback) {
  if (chunk.length === 0) {
    process.nextTick(callback);
  } else {
    this._otherSide.push(chunk);
    this._otherSide[kCallback] = callback;
  }
};

DuplexSide.prototype._final = function (callback) {
  this._otherSide.on('end', callback);
  this._otherSide.push(null);
};

function duplexPair(options) {
  var side0 = new DuplexSide(options);
  var side1 = new DuplexSide(options);
  side0[kInitOtherSide](side1);
  side1[kInitOtherSide](side0);
  return [side0, side1];
}

module.exports = duplexPair;
