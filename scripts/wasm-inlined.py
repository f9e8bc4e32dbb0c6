#!/usr/bin/env python3
"""Which functions LLVM inlined at many places in the wasm, and how many bytes their copies take:
the candidates for `#[inline(never)]` or an out-of-line helper (session 22: a finding's push,
role_id, integer parsing, to_string of a str, memchr… −3.5 KB gzip on the core).

  CARGO_TARGET_DIR=target/exp CARGO_PROFILE_RELEASE_DEBUG=line-tables-only \\
    cargo build --release --lib --target wasm32-unknown-unknown --no-default-features
  llvm-dwarfdump --debug-info target/exp/wasm32-unknown-unknown/release/dxcheck.wasm > /tmp/dw.txt
  scripts/wasm-inlined.py /tmp/dw.txt [N] [NAME-FILTER]

Prints, for each inlined function: the bytes of all its inlined copies, how many copies, and
the bytes one copy out of line would save (before wasm-opt, which shrinks them further).
(A separate target dir: the debug info changes no code but rebuilds everything.)
"""
import re,sys,collections
lines=open(sys.argv[1]).read().split('\n')
entries=[];cur=None
for l in lines:
    m=re.match(r'^(0x[0-9a-f]+):(\s+)(DW_TAG_\w+|NULL)',l)
    if m:
        cur={'off':m.group(1),'tag':m.group(3),'_r':[],'depth':len(m.group(2))}
        entries.append(cur);continue
    if cur is None: continue
    s=l.strip()
    m=re.match(r'DW_AT_(\w+)\s+\((.*)\)?$',s)
    if m:
        cur[m.group(1)]=m.group(2);continue
    m=re.match(r'\[(0x[0-9a-f]+), (0x[0-9a-f]+)\)',s)
    if m: cur['_r'].append((int(m.group(1),16),int(m.group(2),16)))
names={}
stack=[]
for e in entries:
    d=e['depth']
    while stack and stack[-1][0]>=d: stack.pop()
    if e['tag']=='DW_TAG_namespace':
        stack.append((d,e.get('name','"?"').strip('"')))
    elif e['tag']=='DW_TAG_subprogram':
        n=e.get('name','"?"').strip('"')
        names[e['off']]='::'.join([s for _,s in stack]+[n])
        stack.append((d,n))
    elif e['tag'] in ('DW_TAG_structure_type','DW_TAG_enumeration_type','DW_TAG_union_type'):
        stack.append((d,e.get('name','"?"').strip('"')))
def size(e):
    # (a copy the linker dropped: `DW_AT_low_pc (dead code)`)
    if 'low_pc' in e and not e['low_pc'].startswith('0x'): return 0
    if 'low_pc' in e and 'high_pc' in e:
        lo=int(re.match(r'0x[0-9a-f]+',e['low_pc']).group(0),16); hi=int(re.match(r'0x[0-9a-f]+',e['high_pc']).group(0),16)
        return hi-lo if hi>lo else hi
    return sum(b-a for a,b in e['_r'])
agg=collections.defaultdict(lambda:[0,0])
for e in entries:
    if e['tag']=='DW_TAG_inlined_subroutine':
        o=e.get('abstract_origin','')
        m=re.search(r'(0x[0-9a-f]+)',o)
        n=names.get(m.group(1)) if m else None
        if not n: n=o
        a=agg[n];a[0]+=1;a[1]+=size(e)
rows=sorted(agg.items(),key=lambda kv:-(kv[1][1]-kv[1][1]/max(kv[1][0],1)))
flt=sys.argv[3] if len(sys.argv)>3 else ''
k=0
for n,(c,s) in rows:
    if flt and flt not in n: continue
    print(f"{s:8d} {c:5d} {s-s//c:8d}  {n[:160]}")
    k+=1
    if k>=int(sys.argv[2]): break
