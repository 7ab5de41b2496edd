// atob/btoa as globals: Latin-1 in and out, whitespace ignored, padding
// optional, and an InvalidCharacterError for characters outside Latin-1 or
// the base64 alphabet, and for a bad length.
console.log(btoa('hello'), btoa(''), btoa('\u00ff\u00fe'), btoa(123));
console.log(atob('aGVsbG8='), atob('aGVsbG8'), atob(' aGVs bG8=\n'), JSON.stringify(atob('//4=')));
['h\u0100', '\u20ac'].forEach(function (s) {
  try {
    btoa(s);
  } catch (e) {
    console.log('btoa', e.name, e.message);
  }
});
['aGVsbG8$', 'a', 'aGVsbG8==='].forEach(function (s) {
  try {
    console.log(JSON.stringify(atob(s)));
  } catch (e) {
    console.log('atob', JSON.stringify(s), e.name, e.message);
  }
});
try {
  atob();
} catch (e) {
  console.log(e.name, e.code, e.message);
}
console.log(atob === require('buffer').atob, btoa === require('buffer').btoa);
