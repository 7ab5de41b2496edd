// Seed-catalogue lesson L27: fork + IPC messaging (and why you must disconnect)
var cp = require('child_process');
if (process.argv[2] === 'child') {
  process.on('message', function (m) {
    console.log('CHILD got message:', JSON.stringify(m));
    process.send({ foo: 'bar' });
  });
} else {
  var n = cp.fork(__filename, ['child']);
  n.on('message', function (m) {
    console.log('PARENT got message:', JSON.stringify(m));
    n.disconnect();
  });
  n.on('exit', function (code, signal) { console.log('child exit code', code, 'signal', signal); });
  n.send({ hello: 'world' });
}
