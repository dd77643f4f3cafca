// A minimal ZIP writer (PKWARE APPNOTE 6.3): deflated files, UTF-8 names, one central
// directory, no ZIP64 (packages are far below 4 GiB). Node's zlib does the compression and the
// CRC-32, so the package needs no npm dependency; the test reads the archives back with
// Python's zipfile, an independent reader.
//
// Every entry carries the same fixed date, so the same inputs give the same bytes (a package
// can be rebuilt and compared).

import zlib from "node:zlib";

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
/** Version needed to extract: 2.0 (deflate). */
const VERSION = 20;
/** General purpose flag bit 11: the name is UTF-8. */
const UTF8_NAMES = 0x0800;
const DEFLATE = 8;
/** 2024-01-01 00:00:00 in MS-DOS date and time fields. */
const DOS_DATE = ((2024 - 1980) << 9) | (1 << 5) | 1;
const DOS_TIME = 0;

/** Little-endian unsigned fields, [value, bytes] with bytes 2 or 4, one after another. */
function fields(list) {
  const out = Buffer.alloc(list.reduce((size, [, bytes]) => size + bytes, 0));
  let at = 0;
  for (const [value, bytes] of list) {
    if (bytes === 2) out.writeUInt16LE(value, at);
    else out.writeUInt32LE(value, at);
    at += bytes;
  }
  return out;
}

/**
 * The ZIP archive of `files` = [{ name, data }] (data: a Buffer or a string, written as UTF-8),
 * in the order given, as a Buffer.
 */
export function zip(files) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const { name, data } of files) {
    const bytes = Buffer.isBuffer(data) ? data : Buffer.from(data, "utf8");
    const compressed = zlib.deflateRawSync(bytes, { level: 9 });
    const nameBytes = Buffer.from(name, "utf8");
    // What the local header and the central directory both say of the file, in the same order.
    const described = [[UTF8_NAMES, 2], [DEFLATE, 2], [DOS_TIME, 2], [DOS_DATE, 2], [zlib.crc32(bytes), 4], [compressed.length, 4], [bytes.length, 4], [nameBytes.length, 2], [0, 2]]; // … no extra field
    const local = fields([[LOCAL_HEADER, 4], [VERSION, 2], ...described]);
    locals.push(local, nameBytes, compressed);
    // Made by MS-DOS 2.0; no comment, disk 0, no attributes; where the local header is.
    const central = fields([[CENTRAL_HEADER, 4], [VERSION, 2], [VERSION, 2], ...described, [0, 2], [0, 2], [0, 2], [0, 4], [offset, 4]]);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = fields([[END_OF_CENTRAL_DIRECTORY, 4], [0, 2], [0, 2], [files.length, 2], [files.length, 2], [directory.length, 4], [offset, 4], [0, 2]]);
  return Buffer.concat([...locals, directory, end]);
}
