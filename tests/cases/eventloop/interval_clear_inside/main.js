// setInterval repeats until cleared; clearing from inside its own callback
// stops it (a timer armed at that moment sees no further call); extra
// arguments reach every call. (The check is armed from the interval itself,
// not raced against it: a loaded machine may delay any timer.)
var n = 0;
var iv = setInterval(function (tag) {
  n++;
  console.log(tag + ' ' + n);
  if (n === 4) {
    clearInterval(iv);
    setTimeout(function () { console.log('after: ' + n + ' calls'); }, 20);
  }
}, 2, 'tick');
