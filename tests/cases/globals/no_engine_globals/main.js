// Duktape's own globals (Duktape, CBOR) are not visible to scripts, as they
// do not exist in Node: feature tests like `typeof Duktape` must answer as
// Node does, and using one is a ReferenceError.
['Duktape', 'CBOR'].forEach(function (name) {
  console.log(name, typeof globalThis[name], name in globalThis,
    Object.getOwnPropertyNames(globalThis).indexOf(name));
});
console.log(typeof Duktape, typeof CBOR);
try {
  Duktape.version;  // eslint-disable-line no-undef
} catch (e) {
  console.log(e.name);
}
