// Lesson 27: a child process and its IPC channel. fork() starts another
// runtime running a script (here this same file, with the argument 'child')
// and opens a channel between the two: each side sends JSON messages with
// send() and receives them as 'message' events.
//
// The channel is a handle: while it is open it keeps *both* event loops
// alive. Unless someone calls disconnect(), neither process ever exits.
// (Only the parent prints: the child reports through the channel.)
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
      console.log('parent: disconnecting');
      child.disconnect();  // without this line, both processes run forever
    }
  });
  child.on('disconnect', function onDisconnect() {
    console.log("parent: the channel is closed ('disconnect')");
  });
  child.on('exit', function onExit(code, signal) {
    console.log('parent: the child exited by itself, code ' + code + ', signal ' + signal);
  });

  child.send({ n: 1, parentPid: process.pid });
  console.log('parent: forked a child, its pid is a number: ' + (typeof child.pid === 'number'));
}
