// Lesson 21: a Buffer is bytes. Strings go in and out through an encoding;
// each element is one byte, 0 to 255, and anything else you store is wrapped
// into that range.

var a = Buffer.from('a', 'utf-8');
console.log(a);

// Chinese characters take 3 bytes each in UTF-8, ASCII letters 1.
var text = '深入浅出node.js';
var book = Buffer.from(text, 'utf-8');
console.log(book);
console.log('characters: ' + text.length + ', bytes: ' + book.length +
            ' (Buffer.byteLength: ' + Buffer.byteLength(text) + ')');

// Each element holds one byte: values are taken modulo 256, fractions cut.
var bytes = Buffer.alloc(4);
bytes[0] = -100;
bytes[1] = 300;
bytes[2] = 3.7;
bytes[3] = 256;
console.log(bytes[0], bytes[1], bytes[2], bytes[3]);

// The same bytes read through different encodings.
console.log(book.toString('utf8', 0, 6) + ' | ' + book.toString('base64') + ' | ' +
            book.toString('hex', 12));

// write() returns how many bytes it wrote: 'hi' as UTF-8, then '6869' as hex.
var out = Buffer.alloc(10);
var written = out.write('hi', 0, 'utf8');
written += out.write('6869', written, 'hex');
console.log(written + ' bytes: ' + out.toString('utf8', 0, written));
