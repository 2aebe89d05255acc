# verification of gold.json against the documents' text (kommuner57)
import json, re, subprocess, html, sys, collections
from docx import Document
from docx.oxml.ns import qn
g = json.load(open('gold.json'))
assert g['format'] == 'arkiv-gold/1'
def norm(s): return re.sub(r'\s+', ' ', s.replace('\xad', '')).strip()
def text(f):
    if f.endswith('.pdf'):
        a = subprocess.run(['pdftotext', '-layout', f, '-'], capture_output=True, text=True).stdout
        b = subprocess.run(['pdftotext', f, '-'], capture_output=True, text=True).stdout
        return a, a + '\n' + b
    if f.endswith('.txt'):
        a = open(f).read(); return a, a
    if f.endswith('.html'):
        a = html.unescape(re.sub(r'<[^>]+>', ' ', open(f).read())); return a, a
    if f.endswith('.docx'):
        d = Document(f); parts = []
        for el in d.element.body.iterchildren():
            if el.tag == qn('w:p'):
                s = ''
                for x in el.iter():
                    if x.tag == qn('w:t'): s += x.text or ''
                    elif x.tag == qn('w:br'): s += '\f' if x.get(qn('w:type')) == 'page' else '\n'
                    elif x.tag == qn('w:tab'): s += '\t'
                parts.append(s)
            elif el.tag == qn('w:tbl'):
                for row in el.iter(qn('w:tr')):
                    parts.append(' | '.join(''.join(x.text or '' for x in c.iter(qn('w:t'))) for c in row.iter(qn('w:tc'))))
        for p in d.sections[0].header.paragraphs: parts.insert(0, p.text)
        a = '\n'.join(parts); return a, a
bad = 0
def err(*a):
    global bad; bad += 1; print('ERROR', *a)
for d in g['documents']:
    f = d['file']; lay, full = text(f); T = norm(full)
    print(f"== {f}: pages={d['pages']} items={len(d['items'])} persons={len(d['persons'])} actions={len(d['actions'])} votes={len(d['votes'])}")
    for k in ['organization', 'organ', 'date', 'doc_type', 'pages', 'items', 'persons', 'actions', 'votes', 'diarienummer', 'kommuner', 'notes']:
        if k not in d: err('missing key', k)
    if d['organ'].lower() not in T.lower(): err('organ not in text', d['organ'])
    # pages
    if f.endswith('.pdf'):
        n = int(re.search(r'Pages:\s+(\d+)', subprocess.run(['pdfinfo', f], capture_output=True, text=True).stdout).group(1))
        if n != d['pages']: err('pages', n, d['pages'])
    pages = lay.split('\f')
    if f.endswith('.txt') and len([p for p in pages if p.strip()]) != d['pages']: err('txt pages', len(pages))
    if f.endswith('.docx') and len(pages) != d['pages']: err('docx pages', len(pages))
    numbers = set()
    for it in d['items']:
        numbers.add(it['number'])
        if norm(it['title']) not in T: err('title not found', it['title'])
        for x in it['diarienummer']:
            if x not in T: err('dnr not found', x)
        if not (f.endswith('.html')):
            pg = pages[it['page'] - 1]
            num = it['number'][1:]
            if not re.search(r'§ ?' + num + r'\b', pg): err('item heading not on page', it['number'], it['page'])
            prev = '\n'.join(pages[:it['page'] - 1])
            if re.search(r'(^|\n)\s*(KF )?§ ?' + num + r'\b', prev): err('item heading on earlier page', it['number'])
    union = []
    for it in d['items']:
        for x in it['diarienummer']:
            if x not in union: union.append(x)
    if sorted(union) != sorted(d['diarienummer']): err('dnr union', union, d['diarienummer'])
    pnames = {p['name']: p for p in d['persons']}
    if len(pnames) != len(d['persons']): err('duplicate persons')
    def found(name):
        parts = name.split(' ')
        forms = [name]
        for i in range(1, len(parts)):
            fi, la = ' '.join(parts[:i]), ' '.join(parts[i:])
            forms += [f'{la}, {fi}', f'{la} {fi}']
        return any(norm(x) in T for x in forms)
    ROLES = {'ordförande', 'vice ordförande', 'ledamot', 'ersättare', 'tjänstgörande ersättare', 'justerare', 'sekreterare',
             'tjänsteperson', 'föredragande', 'närvarande'}
    for p in d['persons']:
        if not found(p['name']): err('person not in text', p['name'])
        if not set(p['roles']) <= ROLES: err('bad role', p)
        if p['party'] and f"{p['name']} ({p['party']})" not in T and p['party'] not in T: err('party?', p)
    for a in d['actions']:
        if a['kind'] not in {'raised', 'proposed', 'reserved', 'protocol_note', 'presented', 'justerare'}: err('kind', a)
        if a['item'] is not None and a['item'] not in numbers: err('action item', a)
        if a['person'] is not None and a['person'] not in pnames: err('action person', a)
        if a['kind'] == 'justerare' and 'justerare' not in pnames[a['person']]['roles']: err('justerare role missing', a)
    jroles = {p['name'] for p in d['persons'] if 'justerare' in p['roles']}
    jacts = {a['person'] for a in d['actions'] if a['kind'] == 'justerare'}
    if jroles != jacts: err('justerare mismatch', jroles, jacts)
    seen = set(); cnt = collections.Counter()
    for v in d['votes']:
        if v['person'] not in pnames: err('voter not person', v)
        if not found(v['person']): err('voter not in text', v)
        if v['item'] not in numbers: err('vote item', v)
        k = (v['item'], v['round'], v['person'])
        if k in seen: err('dup vote', k)
        seen.add(k); cnt[(v['item'], v['round'], v['vote'])] += 1
        if v['vote'] not in ('ja', 'nej', 'avstår'): err('vote value', v)
    rounds = sorted({(v['item'], v['round']) for v in d['votes']})
    for it in d['items']:
        for s in it.get('votes_summary', []):
            key = (it['number'], s['round'])
            if key in rounds:
                for k in ('ja', 'nej', 'avstår'):
                    if k in s and s[k] != cnt[(key[0], key[1], k)]: err('summary mismatch', key, k, s[k], cnt[(key[0], key[1], k)])
                print('   ', key, 'ja', cnt[(key[0], key[1], 'ja')], 'nej', cnt[(key[0], key[1], 'nej')], 'avstår', cnt[(key[0], key[1], 'avstår')], '| printed', s)
            else:
                print('   ', key, 'bare count', s)
    for key in rounds:
        it = [i for i in d['items'] if i['number'] == key[0]][0]
        if not any(s['round'] == key[1] for s in it.get('votes_summary', [])): print('    (no printed summary)', key)
    # voters who are not persons present? every non-official person in a vote item's round should vote (members)
    for k in d['kommuner']:
        if k not in T: err('kommun', k)
    for r in d.get('regions', []):
        if r not in T: err('region', r)
print('ERRORS', bad)
