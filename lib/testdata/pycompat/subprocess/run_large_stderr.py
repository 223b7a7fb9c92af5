import subprocess

r = subprocess.run(["sh", "-c", "i=0; while [ $i -lt 20000 ]; do echo line$i >&2; i=$((i+1)); done; echo ok"], capture_output=True, text=True)
lines = r.stderr.splitlines()
print(len(lines), lines[0], lines[-1], repr(r.stdout), r.returncode)
