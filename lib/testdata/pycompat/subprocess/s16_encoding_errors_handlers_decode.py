import subprocess

data = ["printf", "caf\\351 \\377ok\\342\\202 end\\r\\n"]
for errors in ("replace", "ignore", "backslashreplace"):
    r = subprocess.run(data, capture_output=True, errors=errors)
    print(errors, repr(r.stdout), type(r.stdout).__name__)
try:
    subprocess.run(data, capture_output=True, errors="strict")
except UnicodeDecodeError as e:
    print("strict:", e)
r = subprocess.run(data, capture_output=True, encoding="latin-1")
print("latin-1", repr(r.stdout), len(r.stdout))
r = subprocess.run(data, stdout=subprocess.PIPE, encoding="ASCII", errors="replace")
print("ascii replace", repr(r.stdout))
try:
    subprocess.run(data, stdout=subprocess.PIPE, encoding="ascii")
except UnicodeDecodeError as e:
    print("ascii:", e)
print(subprocess.run(["echo", "hi"], capture_output=True, encoding="utf_8"))
