import subprocess

for cmd in ("printf 'a\\n\\n'", "printf 'b'", "printf ''", "printf '\\n'", "printf 'c\\r\\n'", "echo x; echo y >&2", "printf 'tab\\t\\n'"):
    print(repr(subprocess.getoutput(cmd)), subprocess.getstatusoutput(cmd + "; exit 3"))
