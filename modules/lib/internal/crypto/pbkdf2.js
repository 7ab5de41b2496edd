'use strict';

// crypto.pbkdf2 and pbkdf2Sync (Node's lib/internal/crypto/pbkdf2.js):
// PKCS #5 key derivation, `iterations` rounds of HMAC-`digest`. Deliberately
// slow, which makes the async form Node's classic demonstration of the
// thread pool: each call is one pool request, and with 4 threads a fifth
// call waits until one of the first four is done (watch pool.queue and
// pool.work in the trace, or the thread-pool lanes of the visualizer).

var binding = internalBinding('crypto');
var validators = require('internal/validators');
var util = require('internal/crypto/util');
var servedBy = require('internal/trace').servedBy;
var ERR_CRYPTO_INVALID_DIGEST = require('internal/crypto/hash').ERR_CRYPTO_INVALID_DIGEST;

var kMaxInt32 = 2147483647;

function check(password, salt, iterations, keylen, digest) {
  validators.validateString(digest, 'digest');
  util.byteInput(password, 'password');
  util.byteInput(salt, 'salt');
  validators.validateInteger(iterations, 'iterations', 1, kMaxInt32);
  validators.validateInteger(keylen, 'keylen', 0, kMaxInt32);
}

function pbkdf2(password, salt, iterations, keylen, digest, callback) {
  if (typeof digest === 'function') {
    callback = digest;
    digest = undefined;
  }
  check(password, salt, iterations, keylen, digest);
  validators.validateFunction(callback, 'callback');
  var out = util.resultBuffer(keylen, 'pbkdf2');
  var known = binding.pbkdf2(out, password, salt, iterations, digest, servedBy(callback, function pbkdf2Done(err) {
    if (err) return callback.call(this, err);
    callback.call(this, null, out);
  }));
  if (known === undefined) throw new ERR_CRYPTO_INVALID_DIGEST(digest);
}

function pbkdf2Sync(password, salt, iterations, keylen, digest) {
  check(password, salt, iterations, keylen, digest);
  var out = util.resultBuffer(keylen, 'pbkdf2Sync');
  // undefined: an unknown digest; a failure of OpenSSL's throws its error.
  if (binding.pbkdf2(out, password, salt, iterations, digest) === undefined) {
    throw new ERR_CRYPTO_INVALID_DIGEST(digest);
  }
  return out;
}

module.exports = { pbkdf2: pbkdf2, pbkdf2Sync: pbkdf2Sync };
