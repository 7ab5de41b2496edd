// getHashes: every digest name OpenSSL knows (Node 20 and Debian 12 both use
// OpenSSL 3.0), and that each can be used with createHash.
var crypto = require('crypto');
var names = crypto.getHashes();
console.log(names.length);
console.log(names.join('\n'));
var unusable = names.filter(function (n) {
  try { crypto.createHash(n); return false; } catch (e) { return true; }
});
console.log('not usable with createHash:', unusable.join(', ') || 'none');
