#!/usr/bin/env python3
"""The department dashboard's response time beside the time PostgreSQL itself needs for the same queries.

Candor must run on PostgreSQL with every statement of its own connections logged, i.e. with
`options=-c%20log_min_duration_statement=0` appended to CANDOR_DB_URL (only those connections log;
the connecting user must be a superuser to set it). The script then

1. calls GET /api/v1/departments/{id}/insights once (cold when it is the first call since start)
   and --runs more times (warm), timing each on loopback;
2. reads from the PostgreSQL log the SELECT statements, with their parameters, that the last warm
   call ran, and runs each with EXPLAIN (ANALYZE) through psql, --runs times;
3. prints both side by side with the ratio, and writes the figures as JSON (--json).
"""
import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import time
import urllib.request

LOG_LINE = re.compile(r"\[(\d+)\] \S*\s*(LOG|DETAIL):\s+(.*)$")
EXECUTE = re.compile(r"duration: ([\d.]+) ms\s+execute [^:]+: (.*)$")
PARAMETER = re.compile(r"\$(\d+) = ('(?:[^']|'')*'|NULL)")


def timed_get(url, token):
    request = urllib.request.Request(url, headers={"Authorization": "Bearer " + token, "Accept": "application/json"})
    started = time.perf_counter()
    with urllib.request.urlopen(request) as response:
        body = response.read()
    elapsed = (time.perf_counter() - started) * 1000
    json.loads(body)  # a complete answer, not an error page
    return elapsed


def statements_since(log, offset):
    """The SELECT statements executed since offset, with their parameters substituted, in order."""
    with open(log, encoding="utf-8", errors="replace") as f:
        f.seek(offset)
        lines = f.read().splitlines()
    statements = []
    pending = None
    for line in lines:
        m = LOG_LINE.search(line)
        if not m:
            continue
        kind, text = m.group(2), m.group(3)
        if kind == "LOG":
            pending = None
            e = EXECUTE.match(text)
            if e and e.group(2).lstrip().upper().startswith("SELECT"):
                pending = {"sql": e.group(2), "logged_ms": float(e.group(1))}
                statements.append(pending)
        elif kind == "DETAIL" and pending is not None and text.startswith("parameters:"):
            values = {int(n): v for n, v in PARAMETER.findall(text)}
            pending["sql"] = re.sub(r"\$(\d+)", lambda p: values[int(p.group(1))], pending["sql"])
            pending = None
    return statements


def explain_ms(database, schema, sql):
    """Planning plus execution time of one statement, as EXPLAIN ANALYZE reports it."""
    script = f"SET search_path TO {schema}; EXPLAIN (ANALYZE, FORMAT JSON) {sql}"
    out = subprocess.run(["psql", "-X", "-q", "-At", "-d", database, "-c", script], check=True,
                         capture_output=True, text=True).stdout
    plan = json.loads(out[out.index("["):])[0]
    return plan["Planning Time"] + plan["Execution Time"]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base", default="http://127.0.0.1:8080")
    parser.add_argument("--token", required=True, help="an administrator's or the department head's API token")
    parser.add_argument("--department", required=True, type=int)
    parser.add_argument("--questionnaire", required=True)
    parser.add_argument("--from", dest="first", default="")
    parser.add_argument("--to", dest="last", default="")
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--database", default="postgresql://postgres@127.0.0.1:5432/test", help="for psql")
    parser.add_argument("--schema", default="candor")
    parser.add_argument("--log", default="/var/log/postgresql/postgresql-15-main.log")
    parser.add_argument("--json", default="target/perf/dashboard-timing.json")
    args = parser.parse_args()

    url = (f"{args.base}/api/v1/departments/{args.department}/insights?questionnaire={args.questionnaire}"
           f"&from={args.first}&to={args.last}")
    first = timed_get(url, args.token)
    warm = []
    for _ in range(args.runs):
        offset = os.path.getsize(args.log)
        warm.append(timed_get(url, args.token))
    time.sleep(0.5)  # the server log is written asynchronously
    statements = statements_since(args.log, offset)
    if not statements:
        sys.exit("No statements in the PostgreSQL log: start Candor with options=-c%20log_min_duration_statement=0 in CANDOR_DB_URL")
    direct_runs = []
    per_statement = [[] for _ in statements]
    for _ in range(args.runs):
        for i, s in enumerate(statements):
            per_statement[i].append(explain_ms(args.database, args.schema, s["sql"]))
        direct_runs.append(sum(times[-1] for times in per_statement))

    warm_median = statistics.median(warm)
    direct_median = statistics.median(direct_runs)
    print(f"{'statement (median EXPLAIN ANALYZE, planning + execution)':<100} {'ms':>9}")
    for s, times in zip(statements, per_statement):
        print(f"{s['sql'][:100]:<100} {statistics.median(times):9.1f}")
    print()
    print(f"dashboard, first call       {first:9.1f} ms")
    print(f"dashboard, warm median      {warm_median:9.1f} ms   (min {min(warm):.1f}, max {max(warm):.1f}, {args.runs} calls)")
    print(f"PostgreSQL directly, median {direct_median:9.1f} ms   ({len(statements)} statements)")
    print(f"ratio warm / direct         {warm_median / direct_median:9.2f}")
    os.makedirs(os.path.dirname(args.json) or ".", exist_ok=True)
    with open(args.json, "w") as f:
        json.dump({"date": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), "url": url, "firstMillis": round(first, 1),
                   "warmMedianMillis": round(warm_median, 1), "warmMillis": [round(w, 1) for w in warm],
                   "directMedianMillis": round(direct_median, 1), "ratio": round(warm_median / direct_median, 2),
                   "statements": [{"sql": s["sql"], "medianMillis": round(statistics.median(t), 1)}
                                  for s, t in zip(statements, per_statement)]}, f, indent=2)


if __name__ == "__main__":
    main()
