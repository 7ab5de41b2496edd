// A Hash is a Transform stream: written data is hashed and the digest is
// the one chunk it emits at the end; it can be piped into. Until a stream
// method is used, only update()/digest() state exists (Object.keys shows
// _options alone, as in Node).
var crypto = require('crypto');
var stream = require('stream');

var h = crypto.createHash('sha256');
console.log(Object.keys(h), h instanceof stream.Transform, h instanceof stream.Readable);
h.on('data', function (d) { console.log('data', d.toString('hex')); });
h.on('end', function () { console.log('end'); });
h.write('a');
h.write('6263', 'hex');
h.end();

var source = stream.Readable.from(['The quick ', 'brown fox ', 'jumps over the lazy dog']);
var md5 = crypto.createHash('md5');
md5.setEncoding('hex');
source.pipe(md5).on('data', function (hex) { console.log('piped md5', hex); });

stream.pipeline(stream.Readable.from([Buffer.from('abc')]), crypto.createHmac('sha1', 'key'),
  new stream.Writable({
    write: function (chunk, enc, cb) { console.log('pipeline hmac', chunk.toString('hex')); cb(); }
  }),
  function (err) { console.log('pipeline done', err); });
