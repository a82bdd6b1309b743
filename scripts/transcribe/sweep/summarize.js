const fs=require('fs');const dirs=fs.readdirSync('out').sort((a,b)=>a-b);
const rows=[];const errs=[];const iss={};
for(const d of dirs){const p=`out/${d}`;const name=fs.readFileSync(p+'/name.txt','utf8').trim().split('/').slice(1).join('/');
 if(!fs.existsSync(p+'/check.json')){rows.push(`${d}\t${name}\tNO CHECK ${fs.existsSync(p+'/err.txt')?fs.readFileSync(p+'/err.txt','utf8').trim():''}`);continue;}
 let j;try{j=JSON.parse(fs.readFileSync(p+'/check.json','utf8'));}catch(e){rows.push(`${d}\t${name}\tBAD JSON`);continue;}
 const f=j.files[0];if(!f){rows.push(`${d}\t${name}\tskipped ${JSON.stringify(j.skipped).slice(0,200)}`);continue;}
 const tx=JSON.parse(fs.readFileSync(p+'/transcribe.json','utf8'));const ntx=(tx.tables||[]).length;
 const missing=f.findings.filter(x=>x.ruleId==='missing-table').map(x=>x.message.match(/表\d+/)?.[0]).join(',');
 rows.push(`${d}\t${name}\t${f.profileId}\ttx=${ntx}\ttables=${f.tables.length}\tmissing=${missing}\tE=${f.errors}\tW=${f.warnings}\tissues=${f.issues.length}`);
 for(const x of f.findings.filter(x=>x.severity==='error'))errs.push(`${d}\t${x.ruleId}\t${x.message.slice(0,220)}`);
 for(const i of f.issues){const k=(typeof i==='string'?i:JSON.stringify(i)).slice(0,200);(iss[d]=iss[d]||[]).push(k);}
}
fs.writeFileSync('rows.txt',rows.join('\n')+'\n');fs.writeFileSync('errors.txt',errs.join('\n')+'\n');fs.writeFileSync('issues.txt',Object.entries(iss).map(([d,l])=>l.map(x=>d+'\t'+x).join('\n')).join('\n')+'\n');
console.log(rows.length,'files',errs.length,'errors');
