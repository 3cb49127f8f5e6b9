"""A study, not part of the build: how small could lib/ be with a minimised fastutil?

fastutil (23.6 MB, about 12,800 classes) is most of lib/; tablesaw and RoaringBitmap use a small
part of it.  This script takes every fastutil class that the other jars in lib/ refer to, closes
that set over fastutil's own references (jdeps, class level, no filter), writes those classes into
benchmark/out/lib-min/fastutil-min.jar beside copies of the other jars, and prints the sizes.
Static references are all a class can reach unless it loads classes by name; fastutil's collections
do not, so the smaller jar is safe for everything tablesaw does, as long as it is rebuilt whenever
tablesaw or fastutil change.

    python3 benchmark/minimal_fastutil.py

It then times, in a fresh JVM with either lib/, nn.Workbook.setup() and the first tablesaw table
(whose class initialiser scans the class path with classgraph), median of 5.
"""
import collections
import pathlib
import re
import shutil
import subprocess
import zipfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
LIB = ROOT / "lib"
OUT = ROOT / "benchmark" / "out" / "lib-min"
NAME = re.compile(r"it\.unimi\.dsi\.fastutil\.[\w.$]+")


def jdeps(*jars):
    args = ["jdeps", "--multi-release", "17", "-filter:none", "-verbose:class", "-cp", str(LIB / "*"), *map(str, jars)]
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def main():
    fastutil = next(LIB.glob("fastutil-*.jar"))
    others = [j for j in sorted(LIB.glob("*.jar")) if j != fastutil]
    roots = set(NAME.findall(jdeps(*others)))
    edges = collections.defaultdict(set)
    for line in jdeps(fastutil).splitlines():
        parts = line.split()
        if len(parts) >= 3 and parts[1] == "->" and parts[0].startswith("it.unimi") and parts[2].startswith("it.unimi"):
            edges[parts[0]].add(parts[2])
    keep, todo = set(roots), list(roots)
    while todo:
        for d in edges.get(todo.pop(), ()):
            if d not in keep:
                keep.add(d)
                todo.append(d)
    shutil.rmtree(OUT, ignore_errors=True)
    OUT.mkdir(parents=True)
    for j in others:
        shutil.copy(j, OUT)
    with zipfile.ZipFile(fastutil) as z, zipfile.ZipFile(OUT / "fastutil-min.jar", "w", zipfile.ZIP_DEFLATED) as out:
        for entry in z.infolist():
            name = entry.filename
            if name.startswith("META-INF/") or (name.endswith(".class") and name[:-6].replace("/", ".") in keep):
                out.writestr(entry, z.read(name))
    size = lambda d: sum(f.stat().st_size for f in d.glob("*.jar"))
    print(f"{len(roots)} fastutil classes used directly, {len(keep)} with what they use "
          f"(of {sum(n.endswith('.class') for n in zipfile.ZipFile(fastutil).namelist())})")
    print(f"fastutil {fastutil.stat().st_size / 1e6:.1f} MB -> {(OUT / 'fastutil-min.jar').stat().st_size / 1e6:.1f} MB; "
          f"lib/ {size(LIB) / 1e6:.1f} MB -> {size(OUT) / 1e6:.1f} MB ({OUT.relative_to(ROOT)})")
    print(f"Workbook.setup() and the first table in a fresh JVM: {first_table_seconds(LIB):.2f} s with lib/, "
          f"{first_table_seconds(OUT):.2f} s with the minimised fastutil (median of 5)")


FIRST_TABLE = """
public class FirstTable {
    public static void main(String[] args) {
        long start = System.nanoTime();
        nn.Workbook.setup();
        var t = tech.tablesaw.api.Table.create("t", tech.tablesaw.api.DoubleColumn.create("x", new double[] {1, 2}));
        String shown = t.sortOn("x").summary().toString() + t.print();
        System.out.println((System.nanoTime() - start) / 1e9);
    }
}
"""


def first_table_seconds(lib):
    work = OUT.parent / "first-table"
    work.mkdir(exist_ok=True)
    (work / "FirstTable.java").write_text(FIRST_TABLE)
    subprocess.run(["javac", "-cp", str(LIB / "*"), "-d", str(work), str(work / "FirstTable.java")], check=True)
    runs = [float(subprocess.run(["java", "-cp", f"{work}:{lib}/*", "FirstTable"], capture_output=True, text=True,
                                 check=True).stdout) for _ in range(5)]
    return sorted(runs)[2]


if __name__ == "__main__":
    main()
