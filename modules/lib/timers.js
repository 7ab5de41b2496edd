'use strict';

// The timers module: setTimeout, setInterval, setImmediate and their clear
// functions (Node's lib/timers.js). How they are scheduled: internal/timers.js.

var internalTimers = require('internal/timers');
var validateFunction = require('internal/validators').validateFunction;

var Timeout = internalTimers.Timeout;
var Immediate = internalTimers.Immediate;

// setTimeout(callback, after, ...args), setInterval and setImmediate are
// native (modules/native/timers.cpp): with a function callback and a numeric
// or missing delay, one native call builds the Timeout or Immediate exactly
// as the constructors below would, ~6x cheaper in Duktape. Everything else
// (a bad callback, a delay to coerce or that overflows) comes to these JS
// functions, with the rest arguments gathered in an array (or undefined).
var binding = internalBinding('timers');

function slowSetTimeout(callback, after, args) {
  if (typeof callback !== 'function') validateFunction(callback, 'callback');
  return new Timeout(callback, after, args, false, true);
}

function slowSetInterval(callback, repeat, args) {
  if (typeof callback !== 'function') validateFunction(callback, 'callback');
  return new Timeout(callback, repeat, args, true, true);
}

function slowSetImmediate(callback, args) {
  if (typeof callback !== 'function') validateFunction(callback, 'callback');
  return new Immediate(callback, args);
}

binding.setupFastPaths(Timeout.prototype, Immediate.prototype, internalTimers.kRefed,
  internalTimers.kId, slowSetTimeout, slowSetInterval, slowSetImmediate);
var setTimeout = binding.setTimeout;
var setInterval = binding.setInterval;
var setImmediate = binding.setImmediate;
// Node's declared parameters (callback, after, arg1, arg2, arg3), which a
// native function does not have.
Object.defineProperty(setTimeout, 'length', { value: 5, configurable: true });
Object.defineProperty(setInterval, 'length', { value: 5, configurable: true });
Object.defineProperty(setImmediate, 'length', { value: 4, configurable: true });

// clearTimeout and clearInterval clear timers made by either, as in browsers.
function clearInterval(timer) {
  internalTimers.clearTimeout(timer);
}

// util.promisify(setTimeout) and require('timers').promises both give
// timers/promises, loaded on first use (it requires this module).
var timersPromises;
function lazyPromises() {
  if (timersPromises === undefined) timersPromises = require('timers/promises');
  return timersPromises;
}
var customPromisify = Symbol.for('nodejs.util.promisify.custom');
Object.defineProperty(setTimeout, customPromisify, {
  enumerable: true,
  get: function () { return lazyPromises().setTimeout; }
});
Object.defineProperty(setImmediate, customPromisify, {
  enumerable: true,
  get: function () { return lazyPromises().setImmediate; }
});

module.exports = {
  setTimeout: setTimeout,
  clearTimeout: internalTimers.clearTimeout,
  setInterval: setInterval,
  clearInterval: clearInterval,
  setImmediate: setImmediate,
  clearImmediate: internalTimers.clearImmediate
};
Object.defineProperty(module.exports, 'promises', {
  enumerable: true,
  configurable: true,
  get: lazyPromises
});
