import subprocess

r = subprocess.run(["od", "-An", "-tx1"], input="café", capture_output=True, encoding="latin-1")
print("latin-1 input bytes:", r.stdout.split())
r = subprocess.run(["od", "-An", "-tx1"], input="café", capture_output=True, text=True)
print("utf-8 input bytes:", r.stdout.split())
for errors in ("replace", "ignore", "backslashreplace"):
    r = subprocess.run(["cat"], input="price: 5€ ok", capture_output=True, encoding="ascii", errors=errors)
    print(errors, repr(r.stdout))
try:
    subprocess.run(["cat"], input="5€", capture_output=True, encoding="latin-1")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    subprocess.run(["echo", "hi"], capture_output=True, encoding="klingon")
except LookupError as e:
    print(type(e).__name__, e)
r = subprocess.run(["true"], encoding="klingon")
print("no pipe, no lookup:", r.returncode)
try:
    subprocess.run(["printf", "\\377"], capture_output=True, errors="nope")
except LookupError as e:
    print(type(e).__name__, e)
print(repr(subprocess.run(["echo", "fine"], capture_output=True, errors="nope").stdout))
