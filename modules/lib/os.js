'use strict';

// The os module (Node's lib/os.js) on top of internalBinding('os')
// (modules/native/os.cpp, which asks libuv).
//
// Like Node's:
//  - type(), release(), version() and machine() are read once, at load;
//  - the functions returning a single value (os.hostname, os.arch, ...)
//    also have a Symbol.toPrimitive, so `${os.hostname}` works;
//  - failures of the system calls throw ERR_SYSTEM_ERROR
//    ("A system error occurred: uv_os_homedir returned ENOENT (...)");
//  - os.constants (signals, errno, priority, dlopen) comes from the
//    platform's headers; constants objects have no prototype.

var errors = require('internal/errors');
var validateInteger = require('internal/validators').validateInteger;

var binding = internalBinding('os');

// ERR_SYSTEM_ERROR: a libuv failure described by the context object the
// binding filled in ({ errno, code, message, syscall }).
function SystemError(context) {
  var message = 'A system error occurred: ' + context.syscall + ' returned ' + context.code +
    ' (' + context.message + ')';
  if (context.path !== undefined) message += ' ' + context.path;
  if (context.dest !== undefined) message += ' => ' + context.dest;
  var err = new Error(message);
  Object.setPrototypeOf(err, SystemError.prototype);
  Object.defineProperty(err, 'name', { value: 'SystemError', writable: true, configurable: true });
  err.code = 'ERR_SYSTEM_ERROR';
  Object.defineProperty(err, 'info', { value: context, enumerable: true, configurable: true,
    writable: false });
  Object.defineProperty(err, 'errno', { get: function () { return context.errno; },
    set: function (v) { context.errno = v; }, enumerable: true, configurable: true });
  Object.defineProperty(err, 'syscall', { get: function () { return context.syscall; },
    set: function (v) { context.syscall = v; }, enumerable: true, configurable: true });
  Object.defineProperty(err, 'stack', {
    value: 'SystemError [ERR_SYSTEM_ERROR]: ' + message + errors.stackTail(new Error().stack),
    writable: true, configurable: true, enumerable: false });
  return err;
}
SystemError.prototype = Object.create(Error.prototype, {
  constructor: { value: SystemError, writable: true, configurable: true },
  toString: { value: function () { return this.name + ' [' + this.code + ']: ' + this.message; },
    writable: true, configurable: true }
});

// Calls a binding function that reports failure through a context object.
function checked(fn) {
  return function () {
    var context = {};
    var result = fn(context);
    if (result === undefined) throw new SystemError(context);
    return result;
  };
}

function withPrimitive(fn) {
  fn[Symbol.toPrimitive] = function () { return fn(); };
  return fn;
}

var osInfo = binding.getOSInformation();
var osType = osInfo[0];
var osVersion = osInfo[1];
var osRelease = osInfo[2];
var osMachine = osInfo[3];

var hostname = withPrimitive(checked(binding.getHostname));
var homedir = withPrimitive(checked(binding.getHomeDirectory));
var uptime = withPrimitive(checked(binding.getUptime));
var interfaceAddresses = checked(binding.getInterfaceAddresses);

var release = withPrimitive(function release() { return osRelease; });
var type = withPrimitive(function type() { return osType; });
var version = withPrimitive(function version() { return osVersion; });
var machine = withPrimitive(function machine() { return osMachine; });
var totalmem = withPrimitive(function totalmem() { return binding.getTotalMem(); });
var freemem = withPrimitive(function freemem() { return binding.getFreeMem(); });
var availableParallelism = withPrimitive(function availableParallelism() {
  return binding.getAvailableParallelism();
});
var arch = withPrimitive(function arch() { return process.arch; });
var platform = withPrimitive(function platform() { return process.platform; });

var kEndianness = binding.isBigEndian ? 'BE' : 'LE';
var endianness = withPrimitive(function endianness() { return kEndianness; });

function loadavg() {
  return binding.getLoadAvg();
}

// [{ model, speed, times: { user, nice, sys, idle, irq } }, ...]
function cpus() {
  var flat = binding.getCPUs() || [];
  var out = [];
  for (var i = 0; i + 6 < flat.length; i += 7) {
    out.push({
      model: flat[i],
      speed: flat[i + 1],
      times: { user: flat[i + 2], nice: flat[i + 3], sys: flat[i + 4], idle: flat[i + 5],
        irq: flat[i + 6] }
    });
  }
  return out;
}

// TMPDIR, TMP or TEMP, else /tmp; without a trailing slash.
var tmpdir = withPrimitive(function tmpdir() {
  var env = process.env;
  var dir = env.TMPDIR || env.TMP || env.TEMP || '/tmp';
  if (dir.length > 1 && dir.charAt(dir.length - 1) === '/') dir = dir.slice(0, -1);
  return dir;
});

// 'a.b.c.d/n' from an address and its netmask, or null when the mask is
// not a contiguous run of ones. IPv6 masks may be '::'-compressed; empty
// groups are skipped.
function cidrOf(address, netmask, family) {
  var v6 = family === 'IPv6';
  var groups = netmask.split(v6 ? ':' : '.');
  var groupBits = v6 ? 16 : 8;
  var ones = 0;
  var sawPartial = false;
  for (var i = 0; i < groups.length; i++) {
    if (groups[i] === '') continue;
    var value = parseInt(groups[i], v6 ? 16 : 10);
    if (sawPartial) {
      if (groups[i] !== '0') return null;
      continue;
    }
    var bits = value.toString(2);
    var count = bits.replace(/0/g, '').length;
    ones += count;
    if (count !== groupBits) {
      if (bits.indexOf('01') !== -1) return null;
      sawPartial = true;
    }
  }
  return address + '/' + ones;
}

function networkInterfaces() {
  var flat = interfaceAddresses();
  var result = {};
  for (var i = 0; i + 6 < flat.length; i += 7) {
    var name = flat[i];
    var entry = {
      address: flat[i + 1],
      netmask: flat[i + 2],
      family: flat[i + 3],
      mac: flat[i + 4],
      internal: flat[i + 5],
      cidr: cidrOf(flat[i + 1], flat[i + 2], flat[i + 3])
    };
    if (flat[i + 6] !== -1) entry.scopeid = flat[i + 6];
    if (result[name] === undefined) result[name] = [entry];
    else result[name].push(entry);
  }
  return result;
}

function validateInt32(value, name, min, max) {
  validateInteger(value, name, min === undefined ? -2147483648 : min,
    max === undefined ? 2147483647 : max);
}

function setPriority(pid, priority) {
  if (priority === undefined) {
    priority = pid;
    pid = 0;
  }
  validateInt32(pid, 'pid');
  validateInt32(priority, 'priority', -20, 19);
  var context = {};
  if (binding.setPriority(pid, priority, context) !== 0) throw new SystemError(context);
}

function getPriority(pid) {
  if (pid === undefined) pid = 0;
  else validateInt32(pid, 'pid');
  var context = {};
  var priority = binding.getPriority(pid, context);
  if (priority === undefined) throw new SystemError(context);
  return priority;
}

// { uid, gid, username, homedir, shell }; with { encoding: 'buffer' } the
// strings come as Buffers.
function userInfo(options) {
  if (typeof options !== 'object') options = null;
  var context = {};
  var user = binding.getUserInfo(options, context);
  if (user === undefined) throw new SystemError(context);
  if (options && options.encoding === 'buffer' && typeof Buffer === 'function') {
    ['username', 'homedir', 'shell'].forEach(function (k) {
      if (typeof user[k] === 'string') user[k] = Buffer.from(user[k]);
    });
  }
  return user;
}

module.exports = {
  arch: arch,
  availableParallelism: availableParallelism,
  cpus: cpus,
  endianness: endianness,
  freemem: freemem,
  getPriority: getPriority,
  homedir: homedir,
  hostname: hostname,
  loadavg: loadavg,
  networkInterfaces: networkInterfaces,
  platform: platform,
  release: release,
  setPriority: setPriority,
  tmpdir: tmpdir,
  totalmem: totalmem,
  type: type,
  userInfo: userInfo,
  uptime: uptime,
  version: version,
  machine: machine
};

Object.defineProperties(module.exports, {
  constants: { configurable: false, enumerable: true, value: binding.constants },
  EOL: { configurable: true, enumerable: true, writable: false, value: '\n' },
  devNull: { configurable: true, enumerable: true, writable: false, value: '/dev/null' }
});
