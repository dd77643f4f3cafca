// The package's parts (tools/zip.mjs, tools/scorm-manifest.mjs), read back by independent
// readers: Python's zipfile (every CRC checked) and Python's XML parser. The whole package is
// driven in an LMS by tests/browser/scorm.test.mjs.
import test from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { zip } from "../../tools/zip.mjs";
import { manifest } from "../../tools/scorm-manifest.mjs";

const python = (script, ...args) => JSON.parse(execFileSync("python3", ["-c", script, ...args], { encoding: "utf8" }));

test("zip: Python reads back every file, names in UTF-8, contents exact; the same input gives the same bytes", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "hessian-zip-"));
  const big = Buffer.from(Array.from({ length: 200_000 }, (_, k) => (k * 7919) % 251));
  const files = [
    { name: "imsmanifest.xml", data: "<manifest/>" },
    { name: "index.html", data: "<!doctype html>海森矩阵 θ′".repeat(1000) },
    { name: "数据/big.bin", data: big },
    { name: "empty.txt", data: "" },
  ];
  const file = path.join(dir, "p.zip");
  fs.writeFileSync(file, zip(files));
  const read = python(
    "import sys, json, zipfile, hashlib; z = zipfile.ZipFile(sys.argv[1]); bad = z.testzip(); print(json.dumps({'bad': bad, 'files': [[i.filename, i.compress_type, hashlib.sha256(z.read(i)).hexdigest()] for i in z.infolist()]}))",
    file,
  );
  assert.equal(read.bad, null, "every CRC checks");
  const sha = (data) => execFileSync("python3", ["-c", "import sys, hashlib; print(hashlib.sha256(sys.stdin.buffer.read()).hexdigest())"], { input: Buffer.isBuffer(data) ? data : Buffer.from(data, "utf8"), encoding: "utf8" }).trim();
  assert.deepEqual(read.files, files.map((f) => [f.name, 8, sha(f.data)]));
  assert.ok(zip(files).equals(zip(files)), "reproducible");
  fs.rmSync(dir, { recursive: true, force: true });
});

const PARSE = `
import sys, json, xml.etree.ElementTree as ET
root = ET.fromstring(sys.stdin.read())
ns = {'cp': root.tag[1:].split('}')[0], 'adlcp': sys.argv[1], 'imsss': 'http://www.imsglobal.org/xsd/imsss'}
item = root.find('cp:organizations/cp:organization/cp:item', ns)
res = root.find('cp:resources/cp:resource', ns)
mastery = item.find('adlcp:masteryscore', ns)
measure = item.find('imsss:sequencing/imsss:objectives/imsss:primaryObjective/imsss:minNormalizedMeasure', ns)
print(json.dumps({'namespace': ns['cp'], 'version': root.find('cp:metadata/cp:schemaversion', ns).text,
  'title': item.find('cp:title', ns).text, 'href': res.get('href'),
  'scormtype': res.get('{%s}scormtype' % sys.argv[1]) or res.get('{%s}scormType' % sys.argv[1]),
  'files': [f.get('href') for f in res.findall('cp:file', ns)],
  'mastery': mastery.text if mastery is not None else None, 'measure': measure.text if measure is not None else None}))
`;

const readManifest = (text, adlcp) => JSON.parse(execFileSync("python3", ["-c", PARSE, adlcp], { input: text, encoding: "utf8" }));

test("the 1.2 manifest: IMS CP 1.1.2, one SCO launching index.html, the mastery score; XML-escaped title", () => {
  const text = manifest({ version: "1.2", identifier: "q-1", title: 'Saddles & minima <"quiz">', mastery: 80, launch: "index.html", files: ["index.html"] });
  assert.deepEqual(readManifest(text, "http://www.adlnet.org/xsd/adlcp_rootv1p2"), {
    namespace: "http://www.imsproject.org/xsd/imscp_rootv1p1p2",
    version: "1.2",
    title: 'Saddles & minima <"quiz">',
    href: "index.html",
    scormtype: "sco",
    files: ["index.html"],
    mastery: "80",
    measure: null,
  });
  assert.doesNotMatch(manifest({ version: "1.2", identifier: "q", title: "t", mastery: null, launch: "index.html", files: ["index.html"] }), /masteryscore/);
});

test("the 2004 manifest: 4th Edition, the mastery as the primary objective's minimum normalized measure", () => {
  const text = manifest({ version: "2004", identifier: "q-1", title: "海森矩阵探索器测验", mastery: 75, launch: "index.html", files: ["index.html"] });
  assert.deepEqual(readManifest(text, "http://www.adlnet.org/xsd/adlcp_v1p3"), {
    namespace: "http://www.imsglobal.org/xsd/imscp_v1p1",
    version: "2004 4th Edition",
    title: "海森矩阵探索器测验",
    href: "index.html",
    scormtype: "sco",
    files: ["index.html"],
    mastery: null,
    measure: "0.75",
  });
  assert.throws(() => manifest({ version: "1.3" }), /unknown SCORM version/);
});
