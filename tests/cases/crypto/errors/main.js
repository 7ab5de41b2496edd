// crypto's argument errors, as Node words them (name, code, message).
var crypto = require('crypto');
function attempt(label, f) {
  try {
    f();
    console.log(label + ': no error');
  } catch (e) {
    console.log(label + ': ' + e.name + ' ' + e.code + ' ' + e.message);
  }
}
attempt('unknown hash', function () { crypto.createHash('nope'); });
attempt('unknown hmac', function () { crypto.createHmac('nope', 'k'); });
attempt('algorithm type', function () { crypto.createHash(5); });
attempt('hmac type', function () { crypto.createHmac(null, 'k'); });
attempt('hmac key type', function () { crypto.createHmac('sha1', 5); });
attempt('update type', function () { crypto.createHash('sha1').update(5); });
var done = crypto.createHash('md5');
done.digest();
attempt('update after digest', function () { done.update('x'); });
attempt('digest twice', function () { done.digest(); });
attempt('copy after digest', function () { done.copy(); });
attempt('hmac update after digest', function () {
  var h = crypto.createHmac('md5', 'k');
  h.digest();
  h.update('x');
});
attempt('timingSafeEqual lengths', function () { crypto.timingSafeEqual(Buffer.from('a'), Buffer.from('ab')); });
attempt('timingSafeEqual type', function () { crypto.timingSafeEqual('a', Buffer.from('a')); });
attempt('pbkdf2 iterations', function () { crypto.pbkdf2Sync('p', 's', 0, 32, 'sha1'); });
attempt('pbkdf2 keylen', function () { crypto.pbkdf2Sync('p', 's', 1, -1, 'sha1'); });
attempt('pbkdf2 password', function () { crypto.pbkdf2Sync(5, 's', 1, 32, 'sha1'); });
attempt('pbkdf2 digest', function () { crypto.pbkdf2Sync('p', 's', 1, 32, 'nope'); });
attempt('pbkdf2 digest type', function () { crypto.pbkdf2Sync('p', 's', 1, 32); });
attempt('pbkdf2 callback', function () { crypto.pbkdf2('p', 's', 1, 32, 'sha1'); });
attempt('pbkdf2 async digest', function () { crypto.pbkdf2('p', 's', 1, 32, 'nope', function () {}); });
attempt('scrypt N', function () { crypto.scryptSync('p', 's', 16, { N: 3 }); });
attempt('scrypt maxmem', function () { crypto.scryptSync('p', 's', 16, { N: 1024, maxmem: 10 }); });
attempt('scrypt N and cost', function () { crypto.scryptSync('p', 's', 16, { N: 1024, cost: 1024 }); });
attempt('hkdf digest', function () { crypto.hkdfSync('nope', 'key', 'salt', 'info', 16); });
attempt('hkdf info', function () { crypto.hkdfSync('sha256', 'key', 'salt', Buffer.alloc(1025), 16); });
attempt('randomBytes size type', function () { crypto.randomBytes('a'); });
attempt('randomBytes size range', function () { crypto.randomBytes(-1); });
attempt('randomBytes callback', function () { crypto.randomBytes(1, 'x'); });
attempt('randomFillSync buf', function () { crypto.randomFillSync('abc'); });
attempt('randomFillSync offset', function () { crypto.randomFillSync(Buffer.alloc(4), 5); });
attempt('randomFillSync size', function () { crypto.randomFillSync(Buffer.alloc(4), 1, 4); });
attempt('randomInt order', function () { crypto.randomInt(10, 5); });
attempt('randomInt safe', function () { crypto.randomInt(1.5); });
attempt('randomInt range', function () { crypto.randomInt(0, Math.pow(2, 49)); });
attempt('getRandomValues float', function () { crypto.getRandomValues(new Float64Array(2)); });
attempt('getRandomValues quota', function () { crypto.getRandomValues(new Uint8Array(65537)); });
