'use strict';

// The timers module: setTimeout, setInterval, setImmediate and their clear
// functions (Node's lib/timers.js). How they are scheduled: internal/timers.js.

var internalTimers = require('internal/timers');
var validateFunction = require('internal/validators').validateFunction;

var Timeout = internalTimers.Timeout;
var Immediate = internalTimers.Immediate;

// setTimeout(callback, after, ...args): withRest gathers ...args (see
// modules/native/functions.cpp for why not `arguments`).
var withRest = internalBinding('functions').withRest;

var setTimeout = withRest(function setTimeout(callback, after, args) {
  if (typeof callback !== 'function') validateFunction(callback, 'callback');
  return new Timeout(callback, after, args, false, true);
}, 2);

var setInterval = withRest(function setInterval(callback, repeat, args) {
  if (typeof callback !== 'function') validateFunction(callback, 'callback');
  return new Timeout(callback, repeat, args, true, true);
}, 2);

// clearTimeout and clearInterval clear timers made by either, as in browsers.
function clearInterval(timer) {
  internalTimers.clearTimeout(timer);
}

var setImmediate = withRest(function setImmediate(callback, args) {
  if (typeof callback !== 'function') validateFunction(callback, 'callback');
  return new Immediate(callback, args);
}, 1);

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
