// Options: a dictionary both ways, small chunkSize (many output chunks),
// windowBits 0 for inflate (the header's size), memLevel/windowBits for
// deflate, finishFlush for partial input, and params() mid-stream.
var zlib = require('zlib');
var dict = Buffer.from('hello zlib');
var withDict = zlib.deflateSync('hello zlib hello', { dictionary: dict });
console.log(withDict.readUInt16BE(0).toString(16), zlib.inflateSync(withDict, { dictionary: dict }).toString());
var big = Buffer.alloc(200000, 'x');
var packed = zlib.deflateSync(big, { windowBits: 9, memLevel: 2 });
console.log(packed.length < 2000, zlib.inflateSync(packed, { chunkSize: 1024 }).length, zlib.inflateSync(packed, { windowBits: 0 }).length);
var inflater = zlib.createInflate({ chunkSize: 64 });
var pieces = 0;
inflater.on('data', function (c) { pieces++; });
inflater.on('end', function () {
  console.log('64-byte chunks', pieces);
  var partial = zlib.deflateSync('abcdefghij'.repeat(20)).slice(0, 20);
  console.log(JSON.stringify(zlib.inflateSync(partial, { finishFlush: zlib.constants.Z_SYNC_FLUSH }).toString()));
  var d = zlib.createDeflate({ level: 1 });
  var out = [];
  d.on('data', function (c) { out.push(c); });
  d.on('end', function () { console.log('params', zlib.inflateSync(Buffer.concat(out)).toString()); });
  d.write('first half, ');
  d.params(9, zlib.constants.Z_DEFAULT_STRATEGY, function () {
    d.end('second half');
  });
});
inflater.end(zlib.deflateSync(Buffer.alloc(1000, 'y')));
