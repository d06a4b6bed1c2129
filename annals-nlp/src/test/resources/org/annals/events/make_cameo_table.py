#!/usr/bin/env python3
"""Regenerates annals-nlp/src/main/resources/org/annals/events/cameo.tsv (run from the project folder):

    python3 annals-nlp/src/test/resources/org/annals/events/make_cameo_table.py > \
        annals-nlp/src/main/resources/org/annals/events/cameo.tsv

Inputs (facts, sources named in the output's header):
  ../shared/data/events/cameo/CAMEO_codefile.txt      code names (CAMEO 0.7b5, MIT)
  ../shared/data/events/plover/CAMEO2PLOVER-2021.txt  PLOVER type, mode (CC BY-SA 4.0)
  goldstein-source.tsv (beside this script)           GDELT CAMEO.goldsteinscale.txt
Root names follow GDELT's CAMEO 1.1b3 wording; quad classes follow GDELT's grouping.
"""
import os, re, sys

here = os.path.dirname(os.path.abspath(__file__))
shared = os.path.join(os.getcwd(), "..", "shared", "data", "events")
ROOTS = {
    "01": "MAKE PUBLIC STATEMENT", "02": "APPEAL", "03": "EXPRESS INTENT TO COOPERATE",
    "04": "CONSULT", "05": "ENGAGE IN DIPLOMATIC COOPERATION", "06": "ENGAGE IN MATERIAL COOPERATION",
    "07": "PROVIDE AID", "08": "YIELD", "09": "INVESTIGATE", "10": "DEMAND", "11": "DISAPPROVE",
    "12": "REJECT", "13": "THREATEN", "14": "PROTEST", "15": "EXHIBIT FORCE POSTURE",
    "16": "REDUCE RELATIONS", "17": "COERCE", "18": "ASSAULT", "19": "FIGHT",
    "20": "USE UNCONVENTIONAL MASS VIOLENCE"}

def quad(root):
    r = int(root)
    return 1 if r <= 5 else 2 if r <= 9 else 3 if r <= 14 else 4

names = {}
for line in open(os.path.join(shared, "cameo", "CAMEO_codefile.txt"), encoding="utf-8"):
    m = re.match(r"LABEL: (\d+)= (.*)", line)
    if m:
        names[m.group(1)] = m.group(2).strip().replace("commment", "comment")
gold = {}
for line in open(os.path.join(here, "goldstein-source.tsv"), encoding="utf-8"):
    code, score = line.split()
    gold[code] = score
plover, root_plover = {}, {}
for line in open(os.path.join(shared, "plover", "CAMEO2PLOVER-2021.txt"), encoding="utf-8"):
    line = line.split("#")[0].strip()
    m = re.match(r"(\d+):\s*([A-Z]+)\s*(?:,\s*([^,]*))?", line)
    if not m:
        continue
    code, ptype, mode = m.group(1), m.group(2), (m.group(3) or "").strip()
    if len(code) == 2:
        root_plover.setdefault(code, ptype)
    else:
        plover.setdefault(code, (ptype, mode))

print("# CAMEO event codes: code, name, Goldstein, GDELT QuadClass, PLOVER type, PLOVER mode.")
print("# Names: CAMEO code list 0.7b5 (openeventdata/text_to_CAMEO CAMEO_codefile.txt, commit")
print("#   6d7b3abebe2585bcbe48053987382d2af1865caf, MIT, (c) 2014 Philip Schrodt); root names in GDELT's")
print("#   CAMEO 1.1b3 wording (GDELT CAMEO.eventcodes.txt).")
print("# Goldstein: GDELT CAMEO.goldsteinscale.txt (copy in mpiccirilli/UNDP-BCPR-Project, commit")
print("#   08d29bb45bd64d999e6212382fb7cf145f9eb37d); a code missing there takes its root's value.")
print("# QuadClass: GDELT grouping (01-05 verbal coop, 06-09 material coop, 10-14 verbal conflict, 15-20")
print("#   material conflict).")
print("# PLOVER type and mode: CAMEO2PLOVER-2021.txt (openeventdata/PLOVER, commit")
print("#   5e0c24fba623f2d8df5ae3c7de7a94dba90d5b6f, PLOVER draft 0.8), licensed CC BY-SA 4.0: this table")
print("#   is a derivative of it and is shared under CC BY-SA 4.0. Roots 01 and 02 are dropped by PLOVER")
print("#   (empty type); a code without a line takes its parent's, else its root's.")
print("# Regenerate: python3 annals-nlp/src/test/resources/org/annals/events/make_cameo_table.py")
codes = set(names) | set(ROOTS) | set(gold)
for code in sorted(codes, key=lambda c: (c[:2], c)):
    root = code[:2]
    name = ROOTS[code] if len(code) == 2 else names.get(code, "")
    if not name:
        continue
    g = gold.get(code, gold[root])
    p = plover.get(code) or plover.get(code[:3]) or (root_plover.get(root, ""), "")
    if len(code) == 2:
        p = (root_plover.get(root, ""), "")
    print("\t".join([code, name, g, str(quad(root)), p[0], p[1]]))
