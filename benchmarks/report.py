#!/usr/bin/env python3
"""Writes the figures benchmarks/run.sh measured into docs/performance.md.

Usage: report.py RESULTS_DIR PAGE (PAGE '-' prints the blocks instead). Each block replaces what lies between
the page's <!-- run.sh:NAME --> and <!-- /run.sh:NAME --> lines; the page keeps its prose. A marker missing from
the page is an error, so that a figure cannot silently stop being regenerated.
"""
import csv
import os
import re
import statistics
import sys

WHAT = {
    "validate": "every rule of every object and the checks across objects, objects built before",
    "render": "the YAML, objects built before, no validation",
    "validateRender": "both: `Yaml.write(bundle, out)`",
    "buildValidateRender": "building the objects with the DSL too",
    "stream": "what `fleet N OUTFILE` runs: build, validate app by app, build again and stream out",
    "fabric8Serialize": "`Serialization.asYaml` of each fabric8 object, objects built before",
    "fabric8BuildSerialize": "**the baseline**: fabric8 builders, then `Serialization.asYaml` of each",
}
ORDER = list(WHAT)


def rows(path):
    with open(path, newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def num(x, digits=0):
    return f"{float(x):,.{digits}f}"


def jmh_table(jmh):
    by = {r["benchmark"]: r for r in jmh}
    base = float(by["fabric8BuildSerialize"]["ms"]) if "fabric8BuildSerialize" in by else None
    serialize = float(by["fabric8Serialize"]["ms"]) if "fabric8Serialize" in by else None
    out = ["| benchmark | what one operation does | ms per fleet | objects/s | B/object | vs fabric8 |",
           "| --- | --- | ---: | ---: | ---: | ---: |"]
    for name in ORDER:
        if name not in by:
            continue
        r = by[name]
        ms = float(r["ms"])
        err = "" if r["ms_error"] in ("-", "NaN") else f" ± {num(r['ms_error'], 1)}"
        ratio = f"{base / ms:.1f}×" if base else "-"
        out.append(f"| `{name}` | {WHAT[name]} | {num(ms, 1)}{err} | {num(r['objects_per_s'])} | "
                   f"{num(r['bytes_per_object']) if r['bytes_per_object'] != '-' else '-'} | {ratio} |")
    out.append("")
    if base and "validateRender" in by and serialize:
        vr = float(by["validateRender"]["ms"])
        bvr = float(by["buildValidateRender"]["ms"])
        out.append(f"The like-for-like pairs of this run: kubeprint building, validating and rendering "
                   f"(`buildValidateRender`) against fabric8 building and serializing (`fabric8BuildSerialize`): "
                   f"**{base / bvr:.1f}×**; kubeprint validating and rendering prebuilt objects (`validateRender`) "
                   f"against fabric8 serializing prebuilt objects (`fabric8Serialize`): **{serialize / vr:.1f}×**. "
                   f"*vs fabric8* divides the baseline's time by each benchmark's; ± is JMH's 99.9% error.")
    return "\n".join(out)


def cold_table(cold):
    groups = {}
    for r in cold:
        groups.setdefault((int(r["apps"]), r["tool"]), []).append(r)
    out = ["| N apps | objects | tool | bytes | wall (median) | CPU user+sys (median) | wall range | peak RSS |",
           "| ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: |"]
    ratios = []
    for apps in sorted({a for a, _ in groups}):
        medians = {}
        for tool, label in (("kubeprint", "kubeprint `fleet`"), ("client-java", "client-java `Yaml.dumpAll`")):
            rs = groups.get((apps, tool))
            if not rs:
                continue
            walls = [float(r["wall_s"]) for r in rs]
            cpus = [float(r["user_s"]) + float(r["sys_s"]) for r in rs]
            rss = max(int(r["rss_kb"]) for r in rs) / 1024
            medians[tool] = (statistics.median(walls), statistics.median(cpus))
            objects = rs[0]["objects"] or "-"
            out.append(f"| {apps:,} | {int(objects):,} | {label} | {int(rs[0]['bytes']):,} | "
                       f"{statistics.median(walls):.2f} s | {statistics.median(cpus):.2f} s | "
                       f"{min(walls):.2f}–{max(walls):.2f} s | {rss:.0f} MiB |")
        if "kubeprint" in medians and "client-java" in medians:
            k, c = medians["kubeprint"], medians["client-java"]
            ratios.append(f"{apps:,} apps: {c[0] / k[0]:.2f}× in wall time, {c[1] / k[1]:.2f}× in CPU time")
    runs = max(len(v) for v in groups.values())
    out.append("")
    if ratios:
        out.append(f"{runs} run(s) of each, kubeprint and its peer alternating, each a new JVM under `-Xmx256m`; "
                   "wall, CPU and peak RSS from `/usr/bin/time`, JVM start included. kubernetes-client/java against "
                   "kubeprint: " + "; ".join(ratios) + ".")
    else:
        out.append(f"{runs} run(s) of each size, each a new JVM under `-Xmx256m`; wall, CPU and peak RSS from "
                   "`/usr/bin/time`, JVM start included. No kubernetes-client/java peer in this run: it builds the "
                   "`base` fleet only.")
    return "\n".join(out)


def growth_table(jmh_growth, jmh_1000):
    data = {}
    for r in jmh_growth + jmh_1000:
        data.setdefault(r["benchmark"], {})[int(r["apps"])] = float(r["ms"]) * 1000 / int(r["objects"])
    sizes = sorted({int(r["apps"]) for r in jmh_growth + jmh_1000})
    names = [n for n in ORDER if n in {r["benchmark"] for r in jmh_growth}]
    head = "| benchmark | " + " | ".join(f"N = {s:,}" for s in sizes) + " |"
    ratio = 10000 in sizes and 1000 in sizes
    if ratio:
        head += " 10,000 vs 1,000 |"
    out = [head, "| --- |" + " ---: |" * (len(sizes) + (1 if ratio else 0))]
    for n in names:
        cells = [f"{data[n][s]:.2f}" if s in data[n] else "-" for s in sizes]
        line = f"| `{n}` | " + " | ".join(cells) + " |"
        if ratio and 10000 in data[n] and 1000 in data[n]:
            line += f" {data[n][10000] / data[n][1000]:.2f}× |"
        out.append(line)
    out.append("")
    out.append("Microseconds per object (JMH's time per fleet divided by its objects); the 1,000 column is the run "
               "of the table above.")
    return "\n".join(out)


def classes_lines(classes):
    out = ["", "| classes a cold `fleet 1000` loads | in all | mapped from an archive | read from the JDK's modules | read from the jar |",
           "| --- | ---: | ---: | ---: | ---: |"]
    for r in classes:
        label = "without an archive" if r["archive"] == "without" else "with `kubeprint-examples.jsa`"
        out.append(f"| {label} | {int(r['total']):,} | {int(r['shared']):,} | {int(r['jdk']):,} | {int(r['jar']):,} |")
    out.append("")
    out.append("Counted from `-Xlog:class+load`; without an archive the JDK's default archive still maps the "
               "JDK's most used classes.")
    return "\n".join(out)


def startup_table(start):
    out = ["| `kubeprint validate` one small file | wall (median) | CPU user+sys (median) | wall range |",
           "| --- | ---: | ---: | ---: |"]
    for mode, label in (("without", "`java -jar kubeprint.jar`, without the archive"),
                        ("with", "`java -jar` with `kubeprint.jsa`"),
                        ("launcher", "the launcher `cli/target/kubeprint`")):
        rs = [r for r in start if r["archive"] == mode]
        if not rs:
            continue
        walls = [float(r["wall_s"]) for r in rs]
        cpus = [float(r["user_s"]) + float(r["sys_s"]) for r in rs]
        out.append(f"| {label} | {statistics.median(walls):.2f} s | {statistics.median(cpus):.2f} s | "
                   f"{min(walls):.2f}–{max(walls):.2f} s |")
    out.append("")
    out.append(f"{len(walls)} runs of each, alternating, each a new JVM.")
    return "\n".join(out)


def conditions(c):
    load = f"load average {c['load_start']} when it started, {c['load_end']} when it ended"
    quiet = max(float(c["load_start"].split()[0]), float(c["load_end"].split()[0])) < 1.5
    mode = ("**a `--quick` sanity run**: short iterations and small sizes, not the page's figures"
            if c["mode"] == "quick" else "the full run")
    return "\n".join([
        f"Figures of `bash benchmarks/run.sh` ({mode}), taken {c['started']} to {c['finished']} at commit "
        f"`{c['commit']}`, fleet variant `{c['variant']}`:",
        "",
        f"- machine: {c['cpu']}, {c['memory']}, {c['os']}, {c['java']};",
        f"- JMH 1.37: {c['jmh']}, GC profiler; cold processes: {c['cold_runs']} run(s) of each;",
        f"- {load}" + (" (quiet)." if quiet else
                       " — **not quiet**: other work shared the machine, so times vary by tens of percent; "
                       "bytes per object do not depend on load, and ratios within one run are more telling "
                       "than absolute figures."),
    ])


def main():
    results, page = sys.argv[1], sys.argv[2]
    c = dict(r for r in (line.rstrip("\n").split("\t", 1) for line in open(os.path.join(results, "conditions.tsv"))))
    jmh_1000 = rows(os.path.join(results, "jmh-1000.tsv"))
    jmh_growth = rows(os.path.join(results, "jmh-growth.tsv"))
    blocks = {
        "conditions": conditions(c),
        "figures": jmh_table(jmh_1000),
        "fleet": cold_table(rows(os.path.join(results, "cold.tsv"))),
        "growth": growth_table(jmh_growth, jmh_1000),
        "startup": startup_table(rows(os.path.join(results, "startup.tsv")))
        + "\n" + classes_lines(rows(os.path.join(results, "classes.tsv"))),
    }
    if c.get("variant", "base") != "base":
        # A variant's figures go to blocks of their own (NAME-VARIANT), beside the base fleet's; the start-up of the
        # command line does not depend on the fleet, so only the base run writes it.
        del blocks["startup"]
        blocks = {f"{name}-{c['variant']}": block for name, block in blocks.items()}
    if page == "-":
        for name, text in blocks.items():
            print(f"## {name}\n\n{text}\n")
        return
    text = open(page, encoding="utf-8").read()
    for name, block in blocks.items():
        pattern = re.compile(r"(<!-- run\.sh:" + name + r" -->\n).*?(<!-- /run\.sh:" + name + r" -->)", re.S)
        if not pattern.search(text):
            sys.exit(f"{page} has no <!-- run.sh:{name} --> ... <!-- /run.sh:{name} --> block")
        text = pattern.sub(lambda m: m.group(1) + block + "\n" + m.group(2), text)
    tmp = page + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(tmp, page)


if __name__ == "__main__":
    main()
