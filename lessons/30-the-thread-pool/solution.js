// Exercise 30, a solution: crypto.pbkdf2 with a callback queues each
// derivation on the thread pool and returns at once; the loop stays free,
// and the last callback to run prints the line.
var crypto = require('crypto');

var jobs = 5;
var derived = 0;
for (var i = 0; i < jobs; i++) {
  crypto.pbkdf2('secret', 'salt-' + i, 100000, 32, 'sha512', function keyDerived(err, key) {
    if (err) throw err;
    if (++derived === jobs) console.log(jobs + ' keys derived, ' + key.length + ' bytes each');
  });
}
