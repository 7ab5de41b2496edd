// structuredClone refuses what cannot be cloned with a DOMException named
// DataCloneError (code 25): symbols, functions (also nested), promises,
// WeakMaps; and with no argument at all it throws a TypeError.
function t(label, v) {
  try {
    structuredClone(v);
    console.log(label, 'cloned');
  } catch (e) {
    console.log(label, e.name, e.code, e instanceof DOMException);
  }
}
t('symbol', Symbol('s'));
t('function', function foo() {});
t('nested function', { a: { b: function () {} } });
t('weakmap', new WeakMap());
t('promise', Promise.resolve());
console.log('message:', (function () {
  try {
    structuredClone(Symbol('s'));
  } catch (e) {
    return e.message;
  }
  return '';
}()));
try {
  structuredClone();
} catch (e) {
  console.log(e.name, e.code, e.message);
}
