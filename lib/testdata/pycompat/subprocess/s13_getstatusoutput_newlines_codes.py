import subprocess

for cmd in ("printf 'a\\n\\n\\n'", "printf 'no newline'", "echo x; exit 3", "echo err >&2; exit 1", "true"):
    print(repr(subprocess.getstatusoutput(cmd)), repr(subprocess.getoutput(cmd)))
