// console.log of an fs error from a callback: Node prints such errors (made
// by libuv, with no JS frames) as "[Error: message] { errno, code, syscall,
// path }". String(err) gives "Error: message". (A rejected fs.promises call
// shows Node's own "at async" frame, which is not reproduced: only its
// properties are printed here.)
var fs = require('fs');
fs.readFile('no-such-file.txt', function (err) {
  console.log(err);
  console.log(String(err));
  fs.rename('no-such-file.txt', 'other.txt', function (err2) {
    console.log(err2);
    fs.promises.stat('no-such-dir/x').catch(function (err3) {
      console.log(err3.message);
      console.log(Object.keys(err3).join(','), err3 instanceof Error, err3.name);
    });
  });
});
