"""Reads a zip with Python's zipfile: verifies every CRC (testzip) and prints 'name<TAB>size' per entry."""
import sys
import zipfile

with zipfile.ZipFile(sys.argv[1]) as archive:
    bad = archive.testzip()
    if bad is not None:
        print(f"bad entry: {bad}", file=sys.stderr)
        sys.exit(1)
    for info in archive.infolist():
        print(f"{info.filename}\t{info.file_size}")
