// Exercise 30: this server-side helper derives five keys, one after the
// other, with pbkdf2Sync. Each call blocks the only JavaScript thread for
// tens of milliseconds: while it runs, no timer, no socket, no other
// callback can run. Make the derivations run on the thread pool instead,
// and print the same line when all five are done.
var crypto = require('crypto');

var jobs = 5;
var key;
for (var i = 0; i < jobs; i++) {
  key = crypto.pbkdf2Sync('secret', 'salt-' + i, 100000, 32, 'sha512');
}
console.log(jobs + ' keys derived, ' + key.length + ' bytes each');
