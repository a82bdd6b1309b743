#!/bin/bash
# one.sh N PATH : transcribe renwu PDF to ${SWEEP_OUT:-/work/sweep/out}/N/{tool.xlsx,source.txt,workbook.xlsx,check.json}
n=$1; f=$2; d=${SWEEP_OUT:-/work/sweep/out}/$n; mkdir -p $d
cd /work/.mirror/calinchow-del+renwu/repo
echo "$f" > $d/name.txt
git show "HEAD:$f" > $d/doc.pdf 2>/dev/null || { echo "nofile" > $d/err.txt; exit; }
PY="env PYTHONPATH=/tmp/pp-v0.10.4:/tmp/stubs /usr/bin/python3"
timeout 300 $PY /work/main/scripts/transcribe/pdf_tables_to_xlsx.py $d/doc.pdf $d/tool.xlsx $d/narrative.txt > $d/transcribe.json 2>$d/tx.err || { echo tx-fail >> $d/err.txt; exit; }
$PY /work/main/scripts/transcribe/xlsx_to_source.py $d/tool.xlsx $d/source.txt $d/transcribe.json > /dev/null 2>$d/src.err || { echo src-fail >> $d/err.txt; exit; }
cd /work/main && node -e "
const {readSheetSource}=require('./build/hosts/node/sheet-source');const {buildWorkbook}=require('./build/hosts/node/write-xlsx');
const fs=require('fs');(async()=>{const s=readSheetSource(fs.readFileSync('$d/source.txt','utf8'));fs.writeFileSync('$d/workbook.xlsx',Buffer.from(await buildWorkbook(s).xlsx.writeBuffer()));})().catch(e=>{console.error(e);process.exit(1)})" 2>$d/wb.err || { echo wb-fail >> $d/err.txt; exit; }
node bin/gongkai.js check $d/workbook.xlsx --json > $d/check.json 2>$d/check.err
node bin/gongkai.js check $d/workbook.xlsx > $d/check.txt 2>&1
