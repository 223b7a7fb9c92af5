import subprocess

r = subprocess.run("printf 'b\\na\\nb\\nc\\nb\\n' | sort | uniq -c | sort -rn | head -1", shell=True, capture_output=True, text=True)
print(r.stdout.split(), r.returncode)
print(r.args)
r = subprocess.run("false || echo fallback", shell=True, capture_output=True, text=True)
print(repr(r.stdout), r.returncode)
