#!/usr/bin/python3
"""Compiles the project's own code once more under Clang, syntax only, with -Werror.

CI builds with GCC and -Werror (cmake/warnings.cmake); this test makes a warning that only
Clang gives fail CI too. It reads the build's compile_commands.json and re-runs every
command of ours (src/, tests/, python/, the unity files of src/ folders) with clang++ in
place of the compiler, -fsyntax-only -Werror added and GCC-only flags left out: Clang
parses and checks each translation unit without generating code, in about a tenth of a
compile's time. Exits 77 (ctest: skipped), saying so, when clang++ is not installed.

  tests/clang_warnings.py --build BUILD_DIR --root SOURCE_DIR [--jobs N] [--clang clang++]
"""

import argparse
import concurrent.futures
import json
import os
import shlex
import shutil
import subprocess
import sys

GCC_ONLY = {"-Wno-restrict"}


def clang_command(entry, clang):
    args = shlex.split(entry["command"]) if "command" in entry else list(entry["arguments"])
    out = [clang, "-fsyntax-only", "-Werror"]
    skip = False
    for a in args[1:]:
        if skip:
            skip = False
            continue
        if a == "-o":
            skip = True
            continue
        if a == "-c" or a in GCC_ONLY:
            continue
        out.append(a)
    return out


def ours(path, root, build):
    path = os.path.realpath(path)
    if path.startswith(os.path.join(build, "")):
        return True  # the unity files and the generated explorer assets
    return any(path.startswith(os.path.join(root, d, "")) for d in ("src", "tests", "python"))


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--build", required=True)
    p.add_argument("--root", required=True)
    p.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    p.add_argument("--clang", default="clang++")
    args = p.parse_args()

    clang = shutil.which(args.clang)
    if not clang:
        print(f"clang_warnings: SKIP: {args.clang} is not installed (Debian: clang; scripts/setup.sh test installs it)")
        return 77
    db_path = os.path.join(args.build, "compile_commands.json")
    if not os.path.exists(db_path):
        print(f"clang_warnings: error: {db_path} is missing; configure with -DCMAKE_EXPORT_COMPILE_COMMANDS=ON", file=sys.stderr)
        return 1
    root, build = os.path.realpath(args.root), os.path.realpath(args.build)
    entries = [e for e in json.load(open(db_path, encoding="utf-8")) if ours(e["file"], root, build)]

    def check(entry):
        r = subprocess.run(clang_command(entry, clang), cwd=entry["directory"], capture_output=True, text=True)
        return entry["file"], r.returncode, r.stderr

    failed = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
        for file, code, stderr in pool.map(check, entries):
            if code != 0:
                failed += 1
                print(f"{os.path.relpath(file, root)}:\n{stderr}", flush=True)
    print(f"clang_warnings: {len(entries)} translation units under {os.path.basename(clang)} -Wall -Wextra -Werror, "
          f"{failed} with warnings or errors")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
