'use strict';

// What happens to an exception nobody caught (Node's
// lib/internal/process/execution.js and src/node_errors.cc).
//
// onUncaught(error, fromPromise) is called by the runtime (engine/call.cpp)
// for an exception that escaped a callback, and by the promise code for an
// unhandled rejection. If process has 'uncaughtException' listeners they get
// it and the program goes on. Otherwise, as Node does: the 'exit' listeners
// run with code 1, then the error is printed on stderr as
//
//   /path/file.js:12
//   <the line of source>
//   ^
//
//   TypeError: message
//       at ...
//
// and the process exits with code 1.

var stackModule = require('internal/errors_stack');
var trace = require('internal/trace');
var asyncIds = require('internal/async_ids');
var K = trace.kinds;

var processMethods = internalBinding('process_methods');
var fsBinding = internalBinding('fs');
var stdio = internalBinding('stdio');

function errorName(er) {
  if (er instanceof Error) return String(er.name);
  return typeof er;
}

function errorMessage(er) {
  try {
    if (er instanceof Error) return String(er.message);
    return String(er);
  } catch (e) {
    return '[unprintable]';
  }
}

// Where er was thrown, { file, line }, or null: an Error's stack says; for
// another value (`throw 'text'`) the runtime remembers the last such throw
// (engine/throw_site.cpp). A rejected promise's reason was never thrown.
var errorsBinding = internalBinding('errors');
function throwSite(er, fromPromise) {
  if (er instanceof Error) return stackModule.throwSite(er.stack);
  if (fromPromise) return null;
  var site = errorsBinding.lastThrowSite();
  return site === null ? null : { file: site[0], line: site[1] };
}

// The "file:line\nsource\n   ^\n" block Node prints above a fatal error.
function sourceArrow(er, fromPromise) {
  var file;
  var line;
  var column = -1;
  var length = 1;
  var sourceLine;
  if (er instanceof SyntaxError && typeof er.fileName === 'string' && er.sourceLine !== undefined) {
    file = er.fileName;
    line = er.lineNumber;
    sourceLine = er.sourceLine;
    if (typeof er.columnNumber === 'number') {
      column = er.columnNumber;
      length = er.columnLength || 1;
    }
  } else {
    var site = throwSite(er, fromPromise);
    if (site === null) return '';
    file = site.file;
    line = site.line;
  }
  if (sourceLine === undefined) {
    if (file.indexOf('node:') === 0) return '';
    try {
      sourceLine = fsBinding.readFileUtf8(file).split('\n')[line - 1];
    } catch (e) {
      return '';
    }
    if (sourceLine === undefined) return '';
    sourceLine = sourceLine.replace(/\r$/, '');
  }
  if (column < 0) {
    // Duktape knows the line, not the column: point at `throw` if the line
    // has one, else at its first non-blank character.
    var at = sourceLine.search(/\bthrow\b/);
    column = at >= 0 ? at : sourceLine.search(/\S|$/);
  }
  var caret = '';
  for (var i = 0; i < column; i++) caret += sourceLine.charAt(i) === '\t' ? '\t' : ' ';
  for (var j = 0; j < length; j++) caret += '^';
  return file + ':' + line + '\n' + sourceLine + '\n' + caret + '\n';
}

function formatFatal(er, fromPromise) {
  var inspect = require('internal/util/inspect').inspect;
  var arrow = '';
  try {
    arrow = sourceArrow(er, fromPromise);
  } catch (e) {
    arrow = '';
  }
  var body;
  try {
    if (er instanceof Error) {
      body = inspect(er);
    } else {
      body = inspect(er);
      if (typeof er === 'string' || typeof er === 'number') {
        body = String(er) + '\n(Use `tickscope run --trace ...` to see where the exception was thrown)';
      }
    }
  } catch (e) {
    body = String(er);
  }
  if (arrow !== '') {
    return arrow + (er instanceof Error ? '\n' : '') + body + '\n';
  }
  return body + '\n';
}

function noop() {}

function onUncaught(er, fromPromise) {
  var type = fromPromise ? 'unhandledRejection' : 'uncaughtException';
  var listened = process.listenerCount('uncaughtException') > 0;
  if (trace.enabled) {
    var site = throwSite(er, fromPromise);
    trace.emit(K['error.uncaught'], 0, asyncIds.executionAsyncId(), errorName(er),
      errorMessage(er), site ? site.file + ':' + site.line : '', listened);
  }
  process.emit('uncaughtExceptionMonitor', er, type);
  if (listened) {
    process.emit('uncaughtException', er, type);
    // As Node: "make sure any ticks get processed by ensuring that the next
    // Immediate cycle isn't empty" (an exception may have cut a drain short;
    // the check phase runs what is left, see loop/immediates.cpp).
    require('timers').setImmediate(noop);
    return true;
  }
  try {
    if (!process._exiting) {
      process._exiting = true;
      process.exitCode = 1;
      process.emit('exit', 1);
    }
  } catch (e) {
    // Nothing to be done about it at this point.
  }
  stdio.writeString(2, formatFatal(er, fromPromise));
  processMethods.reallyExit(1, true);  // true: the exit's cause is 'uncaught'
  return false;
}

module.exports = { onUncaught: onUncaught, formatFatal: formatFatal };
