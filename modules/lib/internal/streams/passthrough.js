'use strict';

// PassThrough (Node's lib/internal/streams/passthrough.js): a Transform
// that passes its input through unchanged. Handy as a pipe fitting, and to
// watch backpressure in isolation.

var Transform = require('internal/streams/transform');

module.exports = PassThrough;

Object.setPrototypeOf(PassThrough.prototype, Transform.prototype);
Object.setPrototypeOf(PassThrough, Transform);

function PassThrough(options) {
  if (!(this instanceof PassThrough)) return new PassThrough(options);
  Transform.call(this, options);
}

PassThrough.prototype._transform = function (chunk, encoding, cb) {
  cb(null, chunk);
};
