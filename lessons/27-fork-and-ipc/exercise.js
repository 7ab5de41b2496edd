// Exercise 27 (fix the script): the parent forks a child, they exchange
// three messages over the IPC channel, and then... nothing: neither process
// ever exits (stop it with Ctrl-C). Make both end by themselves once the
// third reply has arrived: the child must exit on its own (code 0, no
// signal: killing it is not the fix), and so must the parent.
var childProcess = require('child_process');

if (process.argv[2] === 'child') {
  // The child: answer each message, then wait for the next one.
  process.on('message', function onParentMessage(message) {
    process.send({
      reply: message.n * 2,
      childHasChannel: process.connected,
      childIsAnotherProcess: process.pid !== message.parentPid
    });
  });
} else {
  var child = childProcess.fork(__filename, ['child']);
  var replies = 0;

  child.on('message', function onChildMessage(message) {
    replies++;
    console.log('parent got: ' + JSON.stringify(message));
    if (replies < 3) {
      child.send({ n: replies + 1, parentPid: process.pid });
    } else {
      console.log('parent: all replies are in');
    }
  });
  child.on('exit', function onExit(code, signal) {
    console.log('parent: the child exited by itself, code ' + code + ', signal ' + signal);
  });

  child.send({ n: 1, parentPid: process.pid });
  console.log('parent: forked a child, its pid is a number: ' + (typeof child.pid === 'number'));
}
