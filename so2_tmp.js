function t(name) { var t0 = process.hrtime(); require(name); var d = process.hrtime(t0); return name + ' ' + (d[1] / 1e6).toFixed(3); }
var out = [];
['events', 'internal/errors', 'internal/streams/codes', 'internal/streams/utils', 'internal/streams/destroy', 'internal/streams/state', 'internal/streams/end-of-stream', 'internal/streams/legacy', 'string_decoder', 'buffer', 'internal/streams/readable', 'internal/streams/writable', 'internal/process/stdio', 'internal/fs/utils', 'path', 'fs'].forEach(function (n) { out.push(t(n)); });
require('internal/process/stdio');
var t0 = process.hrtime(); var s = process.stdout; var d = process.hrtime(t0);
out.push('stdout create ' + (d[1]/1e6).toFixed(3));
s.write(out.join('\n') + '\n');
