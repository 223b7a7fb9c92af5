import subprocess

data = "pear 3\napple 10\nfig 7\napple 2\n"
cases = [
    ["sort"],
    ["sort", "-k2", "-n"],
    ["awk", "{s[$1]+=$2} END {for (k in s) print k, s[k]}"],
    ["wc", "-l"],
    ["grep", "-c", "apple"],
    ["tr", "a-z", "A-Z"],
]
for args in cases:
    r = subprocess.run(args, input=data, capture_output=True, text=True)
    lines = sorted(r.stdout.split("\n")) if args[0] == "awk" else r.stdout.split("\n")
    print(args[0], r.returncode, [l for l in lines if l], repr(r.stderr))
