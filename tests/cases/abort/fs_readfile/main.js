// fs.readFile(path, { signal }): a signal aborted before the read finishes
// fails it with an AbortError; one aborted beforehand fails it at once; an
// untouched signal lets it finish. fs.promises.readFile rejects likewise.
var fs = require('fs');
var ac = new AbortController();
fs.readFile(__filename, { signal: ac.signal }, function (err, data) {
  console.log('aborted read:', err && err.name, err && err.code, data);
  fs.readFile(__filename, { signal: AbortSignal.abort() }, function (err2) {
    console.log('pre-aborted read:', err2 && err2.name);
    fs.readFile(__filename, { signal: new AbortController().signal }, function (err3, ok) {
      console.log('untouched signal:', err3, ok.length > 0);
      fs.promises.readFile(__filename, { signal: AbortSignal.abort() }).catch(function (e) {
        console.log('promises:', e.name, e.code);
      });
    });
  });
});
ac.abort();
