// Exercise 27, a reference fix: the IPC channel is a handle in both event
// loops, and it keeps each of them alive while it is open. disconnect()
// closes it on both sides: the child's loop has nothing left and ends (code
// 0), then the parent's ends too. (The child could also call
// process.disconnect() itself once it has answered the third message.)
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
      child.disconnect();
    }
  });
  child.on('exit', function onExit(code, signal) {
    console.log('parent: the child exited by itself, code ' + code + ', signal ' + signal);
  });

  child.send({ n: 1, parentPid: process.pid });
  console.log('parent: forked a child, its pid is a number: ' + (typeof child.pid === 'number'));
}
