#!/usr/bin/env bash
# Benchmark: generate a knowledge base of N two-kilobyte documents (default 5000) and
# time `isms check` and `isms build` on it with the release binary. DESIGN.md's reference
# point: a bare Yams + cmark + mustache pipeline renders 5,000 such pages in about 0.8 s.
#   Benchmarks/build-site.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-5000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
make -s build >/dev/null
kb="$work/kb"
mkdir -p "$kb/policies" "$kb/soa"
printf 'organisation:\n  name: Benchmark Hospital\ncriteria: [iso27001-2022]\n' > "$kb/isms.yaml"
paragraph="Staff handle patient information only for care and billing, and report any loss or misuse at once to the information security manager, who records it."
for i in $(seq 1 "$n"); do
  {
    printf -- '---\nid: DOC-%05d\ntitle: Procedure %d\ntype: procedure\nowner: P-01\napprover: P-01\napproved: 2026-01-10\nversion: "1"\nreview: 12 months\nclassification: internal\ncontrols: [A.5.1]\n---\n' "$i" "$i"
    printf '# Procedure %d\n\n## Purpose\n\n' "$i"
    for _ in 1 2 3 4 5 6 7 8 9 10 11 12; do printf '%s\n' "$paragraph"; done
    printf '\n- first step\n- second step\n\nSee [the basic policy](doc:DOC-00001).\n'
  } > "$kb/policies/doc-$i.md"
done
printf -- '- {id: P-01, name: Manager}\n' > "$kb/people.yaml"
mkdir -p "$kb/people" && mv "$kb/people.yaml" "$kb/people/people.yaml"
soa_decisions() { for t in 5:37 6:8 7:14 8:34; do for c in $(seq 1 "${t#*:}"); do echo "- {control: A.${t%%:*}.$c, applicable: true}"; done; done; }
soa_decisions > "$kb/soa/soa.yaml"
echo "documents: $n ($(du -sh --apparent-size "$kb/policies" | cut -f1) of Markdown)"
for command in check build; do
  args=(); [ "$command" = build ] && args=(--output "$work/out")
  /usr/bin/time -f "isms $command: %e s wall, %M KB peak memory" .build/release/isms "$command" "$kb" --as-of 2026-11-22 "${args[@]}" >/dev/null 2>"$work/err" || true
  tail -n 1 "$work/err"
done
