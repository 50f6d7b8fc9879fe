#!/usr/bin/env python3
"""Writes the hostile inputs of issue 15 into OUTDIR, one folder per case, from Alibaba's demo package.

Usage: build/fuzz/issue15_cases.py DEMO_FOLDER OUTDIR   (DEMO_FOLDER: ../shared/testdata/mpaas-demo)
build/fuzz/measure.sh runs offlinepackage-verify on each under /usr/bin/time -v.
"""
import io
import os
import struct
import sys
import zipfile
import zlib

demo, out = sys.argv[1], sys.argv[2]
NAME = "70000000_1.0.0.6.amr"
TAR = "70000000.tar"
good = open(os.path.join(demo, NAME), "rb").read()


def split(zip_bytes):
    """(locals, directory, count) of a zip whose end record is its last 22 bytes."""
    count, size, offset = struct.unpack("<HII", zip_bytes[-12:-2])
    return zip_bytes[:offset], zip_bytes[offset:offset + size], count


def end(count, size, offset, comment_length=0):
    return struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, count, count, size, offset, comment_length)


def relocate(directory, delta):
    d = bytearray(directory)
    at = 0
    while at + 46 <= len(d):
        offset = struct.unpack("<I", d[at + 42:at + 46])[0]
        d[at + 42:at + 46] = struct.pack("<I", offset + delta)
        n, e, c = struct.unpack("<HHH", d[at + 28:at + 34])
        at += 46 + n + e + c
    return bytes(d)


def entries(zip_bytes):
    with zipfile.ZipFile(io.BytesIO(zip_bytes)) as z:
        return [(i.filename, z.read(i.filename)) for i in z.infolist()]


def make_zip(items):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            z.writestr(name, data)
    return buffer.getvalue()


def local_offset(directory, name):
    at = 0
    while at + 46 <= len(directory):
        n, e, c = struct.unpack("<HHH", directory[at + 28:at + 34])
        if directory[at + 46:at + 46 + n].decode() == name:
            return struct.unpack("<I", directory[at + 42:at + 46])[0], struct.unpack("<I", directory[at + 20:at + 24])[0]
        at += 46 + n + e + c
    raise KeyError(name)


def write(case, data, name=NAME):
    folder = os.path.join(out, case)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data)
    return folder


good_locals, good_dir, good_count = split(good)
items = entries(good)
tar = dict(items)[TAR]
evil_tar = bytearray(tar)
evil_tar[1024] ^= 0x20  # inside the first entry's data
evil = make_zip([(n, bytes(evil_tar) if n == TAR else d) for n, d in items])
evil_locals, evil_dir, evil_count = split(evil)

# 1. A second directory and end record in the real end record's comment (the last end record's comment length does not fit).
start = len(good_locals) + len(good_dir) + 22
comment = evil_locals + relocate(evil_dir, start) + end(evil_count, len(evil_dir), start + len(evil_locals), 1)
write("c01-second-archive-in-comment", good_locals + good_dir + end(good_count, len(good_dir), len(good_locals), len(comment)) + comment)

# 2. Two directories, the declared offset at the good one.
write("c02-two-directories", good_locals + evil_locals + good_dir + relocate(evil_dir, len(good_locals))
      + end(good_count, len(good_dir), len(good_locals) + len(evil_locals)))

# 3. An unlisted local entry (the evil tar) before the listed ones.
at, compressed = local_offset(evil_dir, TAR)
n, e = struct.unpack("<HH", evil_locals[at + 26:at + 30])
unlisted = evil_locals[at:at + 30 + n + e + compressed]
write("c03-unlisted-entry-first", unlisted + good_locals + relocate(good_dir, len(unlisted))
      + end(good_count, len(good_dir), len(unlisted) + len(good_locals)))

# 4, 5. Local header method, then sizes, differing from the central directory.
at, _ = local_offset(good_dir, TAR)
method = bytearray(good)
method[at + 8:at + 10] = struct.pack("<H", 0)
write("c04-local-method-differs", bytes(method))
sizes = bytearray(good)
sizes[at + 18:at + 26] = struct.pack("<II", 1, 1)
write("c05-local-sizes-differ", bytes(sizes))

# 6. CERT.json with 80,000 names (1.04 MB, under the 1 MiB cap).
cert = ("{" + ",".join('"k%05d":""' % i for i in range(80000)) + "}").encode()
write("c06-certjson-80000-names", make_zip([(n, cert if n == "CERT.json" else d) for n, d in items]))

# 7. 1,000 entries sharing one 256 MB deflate stream (each local header inside the previous one's extra field).
size = 256 * 1024 * 1024
chunk = bytes(1 << 20)
deflate = zlib.compressobj(9, zlib.DEFLATED, -15)
stream = b"".join(deflate.compress(chunk) for _ in range(size // len(chunk))) + deflate.flush()
crc = 0
for _ in range(size // len(chunk)):
    crc = zlib.crc32(chunk, crc)
names = ["x%04d.bin" % i for i in range(1000)]
header = 30 + len(names[0])
chain = b"".join(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0, crc, len(stream), size, len(name), (999 - i) * header)
                 + name.encode() for i, name in enumerate(names))
central = good_dir + b"".join(
    struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0, crc, len(stream), size, len(name), 0, 0, 0, 0, 0,
                len(good_locals) + i * header) + name.encode() for i, name in enumerate(names))
write("c07-shared-deflate-stream", good_locals + chain + stream + central
      + end(good_count + 1000, len(central), len(good_locals) + len(chain) + len(stream)))

# 8. Three extra entries of 200 MiB zeros each: 600 MiB inflated from a file of under 1 MB.
buffer = io.BytesIO()
with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
    for name, data in items:
        z.writestr(name, data)
    for i in range(3):
        with z.open("zeros%d.bin" % i, "w") as f:
            for _ in range(200):
                f.write(chunk)
write("c08-inflated-budget", buffer.getvalue())

# 9, 10. Manifest.xml with junk after the root, and with a nested <uid> before the real one.
manifest = dict(items)["Manifest.xml"].decode()
write("c09-manifest-junk-after-root", make_zip([(n, (manifest + "<package><uid>1</uid></package>").encode() if n == "Manifest.xml" else d) for n, d in items]))
nested = manifest.replace("<package>\n", "<package>\n  <extra><uid>99999999</uid></extra>\n")
write("c10-manifest-nested-uid", make_zip([(n, nested.encode() if n == "Manifest.xml" else d) for n, d in items]))

# 11. A tar with a hidden entry after its end-of-archive marker.
hidden = bytearray(tar[:512])
hidden[0:100] = b"www/evil.html".ljust(100, b"\0")
write("c11-tar-data-after-end", make_zip([(n, tar + bytes(hidden) if n == TAR else d) for n, d in items]))

# Folder mode: h5_json.json of 200 MB, and linked to /dev/zero.
for case in ("f01-h5json-200mb", "f02-h5json-dev-zero"):
    folder = write(case, good)
    path = os.path.join(folder, "h5_json.json")
    if os.path.lexists(path):
        os.remove(path)
    if case == "f01-h5json-200mb":
        with open(path, "wb") as f:
            f.write(b"[" * (200 * 1024 * 1024))
    else:
        os.symlink("/dev/zero", path)

# Keys: /dev/zero, and 1 MB of "-----BEGIN X-----" lines.
keys = os.path.join(out, "keys")
os.makedirs(keys, exist_ok=True)
with open(os.path.join(keys, "begin-lines.pem"), "w") as f:
    f.write("-----BEGIN X-----\n" * (1024 * 1024 // 18))

# A FIFO named like an .amr.
fifo = os.path.join(out, "p01-fifo", "12345678_1.0.0.0.amr")
os.makedirs(os.path.dirname(fifo), exist_ok=True)
if not os.path.exists(fifo):
    os.mkfifo(fifo)
print("wrote", out)
