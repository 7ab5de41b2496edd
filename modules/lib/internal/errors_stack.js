'use strict';

// Stack traces in Node's shape.
//
// Duktape formats a stack frame as
//     at inner (/tmp/x.js:3) preventsyield
//     at [anon] (/tmp/x.js:5)
//     at forEach () native strict preventsyield
//     at [anon] (duk_hobject_props.c:2621) internal
// and Node as
//     at inner (/tmp/x.js:3:9)
//     at /tmp/x.js:5:1
// This module installs an Error.prototype.stack getter that rewrites the
// former into the latter (Duktape knows lines, not columns), drops the
// engine's own C frames, and adds Error.captureStackTrace.

var framePattern = /^    at (\S+|\[anon\]) \(([^)]*)\)(.*)$/;

function convertFrame(line) {
  var m = framePattern.exec(line);
  if (m === null) return line;
  var name = m[1];
  var where = m[2];
  var flags = m[3];
  if (/\binternal\b/.test(flags) && /\.c:\d+$/.test(where)) return null;  // engine C frame
  if (where === '' || /\bnative\b/.test(flags)) {
    return '    at ' + (name === '[anon]' ? '<anonymous>' : name) + ' (native)';
  }
  if (name === '[anon]') return '    at ' + where;
  return '    at ' + name + ' (' + where + ')';
}

// Duktape's stack text -> Node's.
function convertStack(stack) {
  if (typeof stack !== 'string') return stack;
  var lines = stack.split('\n');
  var out = [];
  for (var i = 0; i < lines.length; i++) {
    if (lines[i].indexOf('    at ') !== 0) {
      out.push(lines[i]);
      continue;
    }
    var converted = convertFrame(lines[i]);
    if (converted !== null) out.push(converted);
  }
  return out.join('\n');
}

// The first "file:line" of a stack, or null.
function throwSite(stack) {
  if (typeof stack !== 'string') return null;
  var lines = stack.split('\n');
  for (var i = 0; i < lines.length; i++) {
    var l = lines[i];
    if (l.indexOf('    at ') !== 0) continue;
    var m = /\(([^()]*):(\d+)\)$/.exec(l) || /^    at ([^ ()]*):(\d+)$/.exec(l);
    if (m !== null) return { file: m[1], line: Number(m[2]) };
  }
  return null;
}

var installed = false;

function install() {
  if (installed) return;
  installed = true;
  var desc = Object.getOwnPropertyDescriptor(Error.prototype, 'stack');
  if (desc && typeof desc.get === 'function') {
    var rawGet = desc.get;
    var rawSet = desc.set;
    Object.defineProperty(Error.prototype, 'stack', {
      get: function () {
        return convertStack(rawGet.call(this));
      },
      set: function (value) {
        if (rawSet) {
          rawSet.call(this, value);
        } else {
          Object.defineProperty(this, 'stack', { value: value, writable: true, configurable: true,
            enumerable: false });
        }
      },
      configurable: true,
      enumerable: false
    });
  }

  // Error.captureStackTrace(obj[, fn]): gives obj a `stack` for the current
  // call site. Duktape cannot cut the stack at fn; the frame of this call is
  // dropped.
  Error.captureStackTrace = function captureStackTrace(obj) {
    if (obj === null || typeof obj !== 'object') {
      throw new TypeError('The "targetObject" argument must be of type object');
    }
    var frames = String(new Error().stack).split('\n').slice(2);
    var head;
    try {
      head = String(obj);
    } catch (e) {
      head = 'Error';
    }
    Object.defineProperty(obj, 'stack', { value: [head].concat(frames).join('\n'),
      writable: true, configurable: true, enumerable: false });
  };
  // Non-enumerable, as V8's own (console.log(Error) must not list it).
  Object.defineProperty(Error, 'captureStackTrace', { enumerable: false });
  Error.stackTraceLimit = 10;
}

module.exports = { install: install, convertStack: convertStack, throwSite: throwSite };
