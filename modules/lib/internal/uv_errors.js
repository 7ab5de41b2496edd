'use strict';

// Node's system errors made from libuv error numbers (lib/internal/errors.js:
// errnoException, exceptionWithHostPort, UVExceptionWithHostPort), for net,
// child_process and dns. The three message shapes differ, as in Node:
//
//   errnoException(-2, 'spawn nonexistent')      "spawn nonexistent ENOENT"
//   exceptionWithHostPort(-111, 'connect', '127.0.0.1', 80)
//                                                "connect ECONNREFUSED 127.0.0.1:80"
//   uvExceptionWithHostPort(-98, 'listen', '127.0.0.1', 80)
//                                                "listen EADDRINUSE: address already in use 127.0.0.1:80"
//
// Each has errno (the negative number), code and syscall, and the address
// and port when given.

var uv = internalBinding('uv');

function errname(err) {
  return uv.errname(err);
}

function errnoException(err, syscall, original) {
  var code = uv.errname(err);
  var message = original ? syscall + ' ' + code + ' ' + original : syscall + ' ' + code;
  var ex = new Error(message);
  ex.errno = err;
  ex.code = code;
  ex.syscall = syscall;
  return ex;
}

function exceptionWithHostPort(err, syscall, address, port, additional) {
  var code = uv.errname(err);
  var details = '';
  if (port && port > 0) details = ' ' + address + ':' + port;
  else if (address) details = ' ' + address;
  if (additional) details += ' - Local (' + additional + ')';
  var ex = new Error(syscall + ' ' + code + details);
  ex.errno = err;
  ex.code = code;
  ex.syscall = syscall;
  ex.address = address;
  if (port) ex.port = port;
  return ex;
}

function uvExceptionWithHostPort(err, syscall, address, port) {
  var code = uv.errname(err);
  var details = '';
  if (port && port > 0) details = ' ' + address + ':' + port;
  else if (address) details = ' ' + address;
  var ex = new Error(syscall + ' ' + code + ': ' + uv.errmessage(err) + details);
  ex.code = code;
  ex.errno = err;
  ex.syscall = syscall;
  ex.address = address;
  if (port) ex.port = port;
  return ex;
}

// Node's UVException for calls with a path: "ENOENT: no such file or directory, open 'x'".
function uvException(err, syscall, path, dest) {
  var code = uv.errname(err);
  var message = code + ': ' + uv.errmessage(err) + ', ' + syscall;
  if (path !== undefined) message += " '" + path + "'";
  if (dest !== undefined) message += " -> '" + dest + "'";
  var ex = new Error(message);
  ex.errno = err;
  ex.code = code;
  ex.syscall = syscall;
  if (path !== undefined) ex.path = path;
  if (dest !== undefined) ex.dest = dest;
  return ex;
}

module.exports = {
  uv: uv,
  errname: errname,
  errnoException: errnoException,
  exceptionWithHostPort: exceptionWithHostPort,
  uvExceptionWithHostPort: uvExceptionWithHostPort,
  uvException: uvException
};
