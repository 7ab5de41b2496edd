// Lesson 30: the thread pool. JavaScript runs on one thread, but some work
// cannot be done without blocking: reading a file, resolving a host name,
// deriving a key. libuv hands that work to a pool of threads (4 unless
// UV_THREADPOOL_SIZE says otherwise) and tells the loop when it is done;
// the callback then runs in the poll phase.
//
// Five key derivations of equal cost are asked for at once. The main script
// does not wait for any of them: each call queues a request and returns.
var crypto = require('crypto');

var jobs = 5;
var derived = 0;

for (var i = 0; i < jobs; i++) {
  // 100,000 rounds of HMAC-SHA-512: tens of milliseconds of work each.
  crypto.pbkdf2('secret', 'salt-' + i, 100000, 32, 'sha512', function keyDerived(err, key) {
    if (err) throw err;
    derived++;
    if (derived === jobs) {
      console.log(jobs + ' keys derived, ' + key.length + ' bytes each');
    }
  });
}

console.log('main script done: ' + jobs + ' jobs queued');
