#!/usr/bin/env bash
# Fails when a package imports across a forbidden edge (../shared/DESIGN.md, "Packages"):
# each package may import only the dateline packages listed for it, nothing but
# main imports ui, and the domain packages never reach a terminal library,
# directly or through their dependencies.
set -euo pipefail
cd "$(dirname "$0")/.."
mod=$(go list -m)
declare -A allowed=(
  ["$mod"]="data timeline timeline/temporal timeline/actors timeline/export ui"
  ["$mod/data"]=""
  ["$mod/timeline/temporal"]=""
  ["$mod/timeline/actors"]=""
  ["$mod/timeline"]="data timeline/temporal timeline/actors"
  ["$mod/timeline/export"]="timeline"
  ["$mod/ui"]="timeline timeline/export"
)
terminal='^(charm\.land/|github\.com/charmbracelet/|github\.com/muesli/termenv|github\.com/mattn/go-isatty|golang\.org/x/term)'
fail=0
while read -r pkg imports; do
  if [[ ! -v allowed[$pkg] ]]; then
    echo "imports: $pkg is not in the package table of DESIGN.md; add it to .ci/imports.sh" >&2
    fail=1
    continue
  fi
  for imp in $imports; do
    [[ $imp == "$mod" || $imp == "$mod"/* ]] || continue
    rel=${imp#"$mod"/}
    if [[ " ${allowed[$pkg]} " != *" $rel "* ]]; then
      echo "imports: forbidden edge $pkg -> $imp" >&2
      fail=1
    fi
  done
done < <(go list -f '{{.ImportPath}} {{join .Imports " "}}' ./...)
for pkg in data timeline timeline/temporal timeline/actors timeline/export; do
  bad=$(go list -deps "./$pkg" | grep -E "$terminal" || true)
  if [[ -n $bad ]]; then
    echo "imports: $mod/$pkg reaches terminal libraries: $(echo $bad)" >&2
    fail=1
  fi
done
[[ $fail == 0 ]] && echo "imports: package boundaries hold"
exit $fail
