// Built-in modules reachable under a second name: 'process', 'path/posix',
// 'path/win32', 'util/types', the old '_stream_*' names, and 'node:' forms;
// all listed in module.builtinModules.
var builtins = require('module').builtinModules;
[
  ['process', process],
  ['path/posix', require('path').posix],
  ['path/win32', require('path').win32],
  ['util/types', require('util').types],
  ['timers/promises', require('timers').promises],
  ['_stream_readable', require('stream').Readable],
  ['_stream_writable', require('stream').Writable],
  ['_stream_duplex', require('stream').Duplex],
  ['_stream_transform', require('stream').Transform],
  ['_stream_passthrough', require('stream').PassThrough]
].forEach(function (pair) {
  console.log(pair[0], require(pair[0]) === pair[1], require('node:' + pair[0]) === pair[1],
    builtins.indexOf(pair[0]) !== -1);
});
