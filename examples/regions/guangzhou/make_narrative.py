import subprocess,re,pdfplumber
pdf='/tmp/gz/cg.pdf'
out=[]
# prose pages 36-38 (sections 一 to 七's lead sentence), paragraphs from the layout text: a paragraph starts at an indented line
txt=subprocess.run(['pdftotext','-layout','-f','36','-l','38',pdf,'-'],capture_output=True,text=True).stdout
paras=[];cur=None
for line in txt.replace('\f','').split('\n'):
    if '项目' in line and '预算数（单位：万元）' in line: break
    s=line.strip()
    if not s or re.fullmatch(r'-\s*\d+\s*-',s): continue
    if line.startswith('  '):
        if cur is not None: paras.append(cur)
        cur=s
    else:
        cur=(cur or '')+s
if cur: paras.append(cur)
out+=paras
# the key-project table of section 七, pages 38-41: one line per project: name TAB amount TAB goal
pp=pdfplumber.open(pdf)
out.append('项目\t预算数（单位：万元）\t绩效目标')
for pn in range(38,42):
    for t in pp.pages[pn-1].extract_tables():
        for r in t:
            if r[0]=='项目': continue
            out.append('\t'.join((c or '').replace('\n','') for c in r))
out.append('注：无。')
open('narrative.txt','w').write('\n'.join(out)+'\n')
