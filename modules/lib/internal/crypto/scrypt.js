'use strict';

// crypto.scrypt and scryptSync (Node's lib/internal/crypto/scrypt.js): a
// memory-hard key derivation (RFC 7914). Options: N (alias cost, a power of
// two), r (blockSize), p (parallelization), maxmem (bytes, 32 MiB by
// default; 128 * N * r must fit). The async form runs on the thread pool.

var binding = internalBinding('crypto');
var errors = require('internal/errors');
var validators = require('internal/validators');
var util = require('internal/crypto/util');
var servedBy = require('internal/trace').servedBy;

var ERR_CRYPTO_INVALID_SCRYPT_PARAMS = errors.registerCode('ERR_CRYPTO_INVALID_SCRYPT_PARAMS',
  function (reason) { return 'Invalid scrypt params' + (reason ? ': ' + reason : ''); }, RangeError);
// Node 20 throws this one when both an option and its alias are given.
var ERR_CRYPTO_SCRYPT_INVALID_PARAMETER = errors.registerCode(
  'ERR_CRYPTO_SCRYPT_INVALID_PARAMETER', 'Invalid scrypt parameter', Error);

var kMaxInt32 = 2147483647;
var defaults = { N: 16384, r: 8, p: 1, maxmem: 32 << 20 };

// One option with its long alias (N/cost, r/blockSize, p/parallelization).
function option(options, name, alias, value) {
  var hasName = options[name] !== undefined;
  if (hasName) {
    value = options[name];
    validators.validateInteger(value, name, 0, 4294967295);
  }
  if (options[alias] !== undefined) {
    if (hasName) throw new ERR_CRYPTO_SCRYPT_INVALID_PARAMETER();
    value = options[alias];
    validators.validateInteger(value, alias, 0, 4294967295);
  }
  return value;
}

function check(password, salt, keylen, options) {
  util.byteInput(password, 'password');
  util.byteInput(salt, 'salt');
  validators.validateInteger(keylen, 'keylen', 0, kMaxInt32);
  var N = defaults.N;
  var r = defaults.r;
  var p = defaults.p;
  var maxmem = defaults.maxmem;
  if (options && options !== defaults) {
    N = option(options, 'N', 'cost', N);
    r = option(options, 'r', 'blockSize', r);
    p = option(options, 'p', 'parallelization', p);
    if (options.maxmem !== undefined) {
      maxmem = options.maxmem;
      validators.validateInteger(maxmem, 'maxmem', 0);
    }
    if (N === 0) N = defaults.N;
    if (r === 0) r = defaults.r;
    if (p === 0) p = defaults.p;
    if (maxmem === 0) maxmem = defaults.maxmem;
  }
  return { N: N, r: r, p: p, maxmem: maxmem };
}

function scrypt(password, salt, keylen, options, callback) {
  if (callback === undefined) {
    callback = options;
    options = defaults;
  }
  var o = check(password, salt, keylen, options);
  validators.validateFunction(callback, 'callback');
  var out = util.resultBuffer(keylen, 'scrypt');
  var reason = binding.scrypt(out, password, salt, o.N, o.r, o.p, o.maxmem, servedBy(callback, function scryptDone(err) {
    if (err) return callback.call(this, err);
    callback.call(this, null, out);
  }));
  if (typeof reason === 'string') throw new ERR_CRYPTO_INVALID_SCRYPT_PARAMS(reason);
}

function scryptSync(password, salt, keylen, options) {
  var o = check(password, salt, keylen, options === undefined ? defaults : options);
  var out = util.resultBuffer(keylen, 'scryptSync');
  var result = binding.scrypt(out, password, salt, o.N, o.r, o.p, o.maxmem);
  if (typeof result === 'string') throw new ERR_CRYPTO_INVALID_SCRYPT_PARAMS(result);
  if (!result) throw new ERR_CRYPTO_INVALID_SCRYPT_PARAMS('');
  return out;
}

module.exports = { scrypt: scrypt, scryptSync: scryptSync };
