"""Tabulates a scans-b scoring run: one row per condition and the forms pooled; CPU of the whole run over the
condition's pages (from the manifest). usage: table.py OUT_ROOT SET"""
import json,sys,os,glob
root=sys.argv[1]; setdir=sys.argv[2]
cats=["header","choices","budget","items","indicators","targets","texts","findings"]
rows=[];tot={c:0 for c in cats};tf=0;to=0;tp=0;tcpu=0;tmiss=0
res={}
for l in open(os.path.join(root,'results.tsv')):
    p=l.rstrip('\n').split('\t'); res[p[0]]=p
print("| condition | forms | missing | "+" | ".join(cats)+" | overall | CPU s/page | pages |")
print("|"+"---|"*(len(cats)+6))
for c in sorted(res):
    s=json.load(open(os.path.join(root,c+'-ppocr.score.json')))
    m=json.load(open(os.path.join(setdir,c,'manifest.json')))
    pages=sum(e['pages'] for e in m); cpu=float(res[c][3])+float(res[c][4])
    n=s['forms']; tf+=n; to+=s['overall']*n; tp+=pages; tcpu+=cpu; tmiss+=s['missingForms']
    for k in cats: tot[k]+=s['categories'][k]*n
    print(f"| {c} | {n} | {s['missingForms']} | "+" | ".join(f"{100*s['categories'][k]:.1f}" for k in cats)+f" | **{100*s['overall']:.1f}** | {cpu/pages:.2f} | {pages} |")
print(f"| *every form* | {tf} | {tmiss} | "+" | ".join(f"{100*tot[k]/tf:.1f}" for k in cats)+f" | **{100*to/tf:.1f}** | {tcpu/tp:.2f} | {tp} |")
