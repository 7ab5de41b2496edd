// The async key derivations (thread-pool work) in series: each callback
// gets (null, result) and starts the next; the results equal the sync ones.
var crypto = require('crypto');
var steps = [
  function (next) {
    crypto.pbkdf2('password', 'salt', 4096, 20, 'sha1', function (err, key) {
      console.log('pbkdf2', err, key.toString('hex'),
        key.equals(crypto.pbkdf2Sync('password', 'salt', 4096, 20, 'sha1')));
      next();
    });
  },
  function (next) {
    crypto.pbkdf2('pw', 'salt', 1, 8, 'sha256', function (err, key) {
      console.log('pbkdf2 sha256', err, key.toString('hex'));
      next();
    });
  },
  function (next) {
    crypto.scrypt('password', 'salt', 16, { N: 1024 }, function (err, key) {
      console.log('scrypt', err, key.toString('hex'));
      next();
    });
  },
  function (next) {
    crypto.scrypt('password', 'salt', 8, function (err, key) {
      console.log('scrypt defaults', err, key.toString('hex'));
      next();
    });
  },
  function (next) {
    crypto.hkdf('sha256', 'key', 'salt', 'info', 16, function (err, ab) {
      console.log('hkdf', err, Object.prototype.toString.call(ab), Buffer.from(ab).toString('hex'));
      next();
    });
  },
  function (next) {
    crypto.randomBytes(12, function (err, buf) {
      console.log('randomBytes', err, buf.length, Buffer.isBuffer(buf));
      next();
    });
  },
  function (next) {
    var target = new Uint32Array(4);
    crypto.randomFill(target, 1, 2, function (err, buf) {
      console.log('randomFill', err, buf === target, target[0], target[3]);
      next();
    });
  },
  function (next) {
    crypto.randomInt(5, 6, function (err, n) {
      console.log('randomInt', err, n);
      next();
    });
  }
];
(function run(i) {
  if (i < steps.length) steps[i](function () { run(i + 1); });
  else console.log('all done');
})(0);
console.log('scheduled the first');
