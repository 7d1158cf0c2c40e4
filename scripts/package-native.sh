#!/usr/bin/env bash
# Packs one platform's native executable for a GitHub release, as the release workflow does on
# each runner of its matrix (and a test does on Linux):
#
#   bash scripts/package-native.sh RID VERSION EXECUTABLE OUT_DIR
#
# writes OUT_DIR/spoilergen-VERSION-RID.tar.gz (a .zip for win-*), holding the executable alone
# (spoilergen, or spoilergen.exe) with its execute bit, and OUT_DIR/spoilergen-VERSION-RID.*.sha256
# in `sha256sum` format, so `sha256sum -c` checks a download. Prints the archive's path.
set -euo pipefail

if [[ $# -ne 4 ]]; then
  echo "usage: package-native.sh RID VERSION EXECUTABLE OUT_DIR" >&2
  exit 2
fi
rid="$1" version="$2" executable="$3" out_dir="$4"

if [[ ! "$rid" =~ ^(linux|osx|win)-(x64|arm64)$ ]]; then
  echo "package-native.sh: '$rid' is not one of the release platforms (linux|osx|win)-(x64|arm64)" >&2
  exit 2
fi
if [[ ! "$version" =~ ^[0-9]+\.[0-9]+\.[0-9]+([-.+][0-9A-Za-z.-]+)?$ ]]; then
  echo "package-native.sh: '$version' is not a version such as 1.2.3" >&2
  exit 2
fi
if [[ ! -f "$executable" ]]; then
  echo "package-native.sh: no executable at '$executable'" >&2
  exit 1
fi

command_name=spoilergen
[[ "$rid" == win-* ]] && command_name=spoilergen.exe
mkdir -p "$out_dir"
out_dir="$(cd "$out_dir" && pwd)"
staging="$(mktemp -d "${TMPDIR:-/tmp}/spoilergen-package.XXXXXX")"
trap 'rm -rf "$staging"' EXIT
cp "$executable" "$staging/$command_name"
chmod 755 "$staging/$command_name"

name="spoilergen-$version-$rid"
if [[ "$rid" == win-* ]]; then
  archive="$name.zip"
  # Python's zipfile is on every runner (no zip on Windows' Git Bash); python3 on Linux and macOS, python on Windows.
  python="$(command -v python3 || command -v python)"
  (cd "$staging" && "$python" -m zipfile -c "$out_dir/$archive" "$command_name")
else
  archive="$name.tar.gz"
  tar -C "$staging" -czf "$out_dir/$archive" "$command_name"
fi

# sha256sum on Linux and Windows' Git Bash; shasum on macOS. The same line format either way.
if command -v sha256sum >/dev/null 2>&1; then
  (cd "$out_dir" && sha256sum "$archive" > "$archive.sha256")
else
  (cd "$out_dir" && shasum -a 256 "$archive" > "$archive.sha256")
fi
echo "$out_dir/$archive"
