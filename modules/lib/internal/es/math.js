'use strict';

// Math functions of ES2015 that Duktape 2.7 lacks: fround (through a
// Float32Array), and expm1, log1p and the hyperbolic functions, which come
// from the C library (internalBinding('math')): computed in JS they would
// differ from V8's in the last digits.

var util = require('internal/es/util');
var binding = internalBinding('math');

var float32 = new Float32Array(1);

function fround(x) {
  float32[0] = x;
  return float32[0];
}

// Each binding function, with the spec's name and length.
function wrap(name) {
  var native = binding[name];
  var fn = function (x) { return native(x); };
  Object.defineProperty(fn, 'name', { value: name, configurable: true });
  return fn;
}

function install() {
  util.defineMissing(Math, [fround].concat(
    ['expm1', 'log1p', 'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh'].map(wrap)));
}

module.exports = { install: install };
