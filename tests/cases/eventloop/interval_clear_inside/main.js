// setInterval repeats until cleared; clearing from inside its own callback
// stops it; extra arguments reach every call.
var n = 0;
var iv = setInterval(function (tag) {
  n++;
  console.log(tag + ' ' + n);
  if (n === 4) clearInterval(iv);
}, 2, 'tick');
setTimeout(function () { console.log('after: ' + n + ' calls'); }, 40);
