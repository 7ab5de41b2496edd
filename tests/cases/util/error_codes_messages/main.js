// Node error codes: ERR_OUT_OF_RANGE with Infinity and big integers, ERR_INVALID_RETURN_VALUE.
try { Buffer.alloc(4).readUInt8(Infinity); } catch (e) { console.log(e.message); }
try { Buffer.alloc(4).readUInt8(Math.pow(2, 40)); } catch (e) { console.log(e.message); }
var assert = require('assert');
assert.rejects(function () { return 5; }).catch(function (e) { console.log(e.message); });
