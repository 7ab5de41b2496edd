'use strict';

// The dns module, lookup part (Node's lib/dns.js): dns.lookup() and
// dns.promises.lookup(), which net uses to turn a host name into an address.
//
// An IP address needs no lookup: the callback runs on the next tick, as in
// Node. A name goes to getaddrinfo(3) on libuv's thread pool
// (internalBinding('cares_wrap')); its completion runs in the poll phase and
// is recorded as dns.lookup. The resolver functions (resolve4, ...) are not
// here: tickscope has no c-ares.

var binding = internalBinding('cares_wrap');
var isIP = require('internal/net').isIP;
var uv = internalBinding('uv');
var codes = require('internal/errors').codes;

function dnsException(err, syscall, hostname) {
  var code = err;
  var errno;
  if (typeof err === 'number') {
    errno = err;
    if (err === uv.UV_EAI_NODATA || err === uv.UV_EAI_NONAME) code = 'ENOTFOUND';
    else code = uv.errname(err);
  }
  var ex = new Error(syscall + ' ' + code + (hostname ? ' ' + hostname : ''));
  ex.errno = errno;
  ex.code = code;
  ex.syscall = syscall;
  if (hostname) ex.hostname = hostname;
  return ex;
}

function lookup(hostname, options, callback) {
  var family = 0;
  var all = false;
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  if (typeof callback !== 'function') {
    throw new codes.ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
  }
  if (hostname !== undefined && hostname !== null && typeof hostname !== 'string') {
    throw new codes.ERR_INVALID_ARG_TYPE('hostname', 'string', hostname);
  }
  if (typeof options === 'number') {
    family = options;
  } else if (options !== undefined && options !== null && typeof options === 'object') {
    if (options.family !== undefined) {
      family = options.family === 'IPv4' ? 4 : options.family === 'IPv6' ? 6 : options.family | 0;
    }
    all = options.all === true;
  }
  if (!hostname) {
    if (all) process.nextTick(callback, null, []);
    else process.nextTick(callback, null, null, family === 6 ? 6 : 4);
    return {};
  }
  var matched = isIP(hostname);
  if (matched) {
    if (all) process.nextTick(callback, null, [{ address: hostname, family: matched }]);
    else process.nextTick(callback, null, hostname, matched);
    return {};
  }
  var req = {
    oncomplete: function (err, addresses) {
      if (err) return callback(dnsException(err, 'getaddrinfo', hostname));
      if (addresses.length === 0) return callback(dnsException(uv.UV_EAI_NONAME, 'getaddrinfo', hostname));
      if (all) {
        var out = [];
        for (var i = 0; i < addresses.length; i++) {
          out.push({ address: addresses[i], family: isIP(addresses[i]) });
        }
        return callback(null, out);
      }
      callback(null, addresses[0], isIP(addresses[0]));
    }
  };
  var err = binding.getaddrinfo(req, hostname, family);
  if (err) {
    process.nextTick(callback, dnsException(err, 'getaddrinfo', hostname));
  }
  return req;
}

var promises = {
  lookup: function (hostname, options) {
    return new Promise(function (resolve, reject) {
      lookup(hostname, options, function (err, address, family) {
        if (err) return reject(err);
        if (Array.isArray(address)) return resolve(address);
        resolve({ address: address, family: family });
      });
    });
  }
};

module.exports = {
  lookup: lookup,
  promises: promises,
  ADDRCONFIG: 1024,
  V4MAPPED: 2048,
  ALL: 256,
  NOTFOUND: 'ENOTFOUND'
};
