import subprocess

for text in ("apple\nbanana\n", "cherry\n"):
    r = subprocess.run(["grep", "an"], input=text, capture_output=True, text=True)
    print(r.returncode, repr(r.stdout))
r = subprocess.run(["grep", "-q", "x", "/nonexistent-file"], capture_output=True)
print(r.returncode, r.stdout, len(r.stderr) > 0)
