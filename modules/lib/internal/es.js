'use strict';

// The ECMAScript built-ins that Node gets from V8 and Duktape 2.7 does not
// have (it implements ES5.1 plus parts of ES2015+): Array.from and the
// newer array methods, a stable sort, iterators for arrays, typed arrays
// and strings, Object.entries and friends, padStart and friends, the
// typed-array methods, and some Math functions. Installed once, first
// thing in internal/bootstrap/node.js, so that user code and the rest of
// the library can rely on them. Map/Set/WeakMap/WeakSet are
// internal/collections; Promise is internal/promise.
//
// Each file follows the spec's algorithm for its methods, in ES5. What
// cannot be added as a library is syntax (arrow functions, classes,
// let/const, ...: the runtime says so when it meets them) and the RegExp
// engine's newer flags (y, u, s), named groups and lookbehind.

function install() {
  require('internal/es/array').install();
  require('internal/es/object').install();
  require('internal/es/string').install();
  require('internal/es/typed_array').install();
  require('internal/es/math').install();
}

module.exports = { install: install };
