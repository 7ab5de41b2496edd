// TextEncoder/TextDecoder for basic use: UTF-8 bytes out as a Uint8Array,
// back to the same string, from a Buffer too, and the encoding names.
var enc = new TextEncoder();
var bytes = enc.encode('h\u00e9\u20ac');
console.log(bytes, bytes instanceof Uint8Array, enc.encoding);
var dec = new TextDecoder();
console.log(dec.decode(bytes), dec.decode(Buffer.from('buf')), dec.encoding, dec.decode());
console.log(enc.encode('').length, new TextDecoder('utf-8').encoding);
