#!/bin/bash
# every renwu PDF of the 8 named cities, not yet an example
cd /work/.mirror/calinchow-del+renwu/repo
used=$(grep -rhoE "2026年[^ /)\"]*部门预算\.pdf" /work/main/examples/regions/*/*.md /work/main/examples/regions/*/*.json 2>/dev/null | sort -u)
git -c core.quotepath=false ls-tree -r --name-only HEAD | grep '\.pdf$' | grep -E "上海|深圳|广州|重庆|苏州|杭州|长沙|长春" | while read f; do
  b=$(basename "$f"); echo "$used" | grep -qxF "$b" && continue; echo "$f"; done
