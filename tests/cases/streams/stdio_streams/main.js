// process.stdout and process.stderr are Writable streams (writes are
// synchronous, callbacks come on the next tick); process.stdin is a Readable
// that ends at once when it is /dev/null (as the test runner gives it).
var stream = require('stream');
var out = process.stdout;
console.log('stdout is Writable: ' + (out instanceof stream.Writable) + ', fd ' + out.fd +
  ', writable ' + out.writable + ', hwm ' + out.writableHighWaterMark);
console.log('stderr fd ' + process.stderr.fd + ', same object twice: ' + (process.stdout === out));
console.log('write returns ' + out.write(''));
out.write('with callback\n', function (err) { console.log('write callback, err=' + err); });
process.nextTick(function () { console.log('tick queued after the write'); });
out.write(Buffer.from('a Buffer\n'));
out.write('68656c6c6f0a', 'hex');
out.cork();
out.write('corked ');
out.write('then uncorked\n');
process.nextTick(function () { out.uncork(); });
console.log('stdin is Readable: ' + (process.stdin instanceof stream.Readable) + ', fd ' + process.stdin.fd);
var got = 0;
process.stdin.on('data', function (d) { got += d.length; });
process.stdin.on('end', function () { console.log('stdin end, bytes ' + got); });
var src = new stream.Readable({ read: function () { this.push('piped to stdout\n'); this.push(null); } });
src.pipe(process.stdout);
src.on('end', function () { console.log('stdout still writable after pipe: ' + out.writable); });
