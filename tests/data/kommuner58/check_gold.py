# Sanity check of gold.json against the documents' text (titles, names, numbers, pages).
import json, re, subprocess, html, docx, collections
G = json.load(open('gold.json'))
def norm(s):
    s = s.replace('\u00ad', '')
    return re.sub(r'\s+', ' ', s).strip()
def dehy(s):
    return re.sub(r'-\s*\n\s*', '', s)
for d in G['documents']:
    f = d['file']; pages = None
    if f.endswith('.pdf'):
        raw = subprocess.run(['pdftotext', '-layout', f, '-'], capture_output=True, text=True).stdout
        pages = raw.split('\f')[:-1] if raw.endswith('\f') else raw.split('\f')
        raw = raw + '\n' + subprocess.run(['pdftotext', f, '-'], capture_output=True, text=True).stdout
        npg = int(re.search(r'Pages:\s+(\d+)', subprocess.run(['pdfinfo', f], capture_output=True, text=True).stdout).group(1))
    elif f.endswith('.txt'):
        raw = open(f).read(); pages = raw.split('\f');
        if pages[-1].strip() == '': pages = pages[:-1]
        npg = len(pages)
    elif f.endswith('.docx'):
        dd = docx.Document(f)
        from docx.oxml.ns import qn
        raw = '\n'.join(''.join(x.text or '' for x in p.iter(qn('w:t'))) for p in dd.element.body.iter(qn('w:p')))
        npg = 1 + sum(1 for b in dd.element.body.iter(qn('w:br')) if b.get(qn('w:type')) == 'page')
    else:
        raw = html.unescape(re.sub(r'<[^>]+>', ' ', open(f).read())); npg = 1
    T = norm(raw); TH = norm(dehy(raw))
    # collapse justified-gap spaces
    probs = []
    if npg != d['pages']: probs.append(f'pages {npg} vs {d["pages"]}')
    nums = [i['number'] for i in d['items']]
    for it in d['items']:
        if norm(it['title']) not in T: probs.append('title? ' + it['title'])
        for x in it['diarienummer']:
            if x not in T: probs.append('dnr? ' + x)
        if pages and f.endswith(('.pdf', '.txt')):
            pg = norm(pages[it['page'] - 1])
            key = norm(it['title'])[:25]
            if key not in pg: probs.append(f'page? {it["number"]} {it["page"]}')
    for x in d['diarienummer']:
        if x not in T: probs.append('docdnr? ' + x)
    names = [p['name'] for p in d['persons']]
    for n in names:
        if n not in T and n not in TH: probs.append('name? ' + n)
    if len(set(names)) != len(names): probs.append('dup persons')
    for a in d['actions']:
        if a['person'] and a['person'] not in names: probs.append('action person? ' + a['person'])
        if a['item'] is not None and a['item'] not in nums: probs.append('action item? ' + str(a['item']))
    c = collections.Counter((v['item'], v['vote']) for v in d['votes'])
    for v in d['votes']:
        if v['person'] not in names: probs.append('vote person? ' + v['person'])
    for k in d['kommuner'] + d['regions']:
        if k not in T: probs.append('place? ' + k)
    print(f, len(d['items']), len(d['persons']), len(d['actions']), dict(c), probs)
