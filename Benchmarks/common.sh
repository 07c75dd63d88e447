# Sourced by the timing benchmarks, from the repository root: installs what the build needs,
# builds the release binary unless CORRIDOR_BIN names one, makes a work folder removed on
# exit ($work), and gives `seconds START END` (the time between two `date +%s.%N` stamps,
# one decimal).
scripts/setup.sh

if [ -z "${CORRIDOR_BIN:-}" ]; then
  swift build -c release --product corridor >&2
  CORRIDOR_BIN="$(swift build -c release --show-bin-path)/corridor"
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
seconds() { python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.1f}')" "$1" "$2"; }
