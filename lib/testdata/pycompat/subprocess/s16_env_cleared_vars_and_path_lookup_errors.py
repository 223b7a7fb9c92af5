import subprocess

r = subprocess.run(["/usr/bin/env"], env={"ONLY": "1", "B": "two words"}, capture_output=True, text=True)
print(sorted(r.stdout.splitlines()))
r = subprocess.run(["sh", "-c", 'echo "[$ONLY]" "[$HOME]"'], env={"ONLY": "x", "PATH": "/usr/bin:/bin"}, capture_output=True, text=True)
print(r.stdout.strip())
try:
    subprocess.run(["env"], env={"PATH": "/nonexistent"})
except FileNotFoundError as e:
    print("FileNotFoundError:", e.filename, e)
r = subprocess.run(["env"], env={}, capture_output=True, text=True)
print("empty env, default path finds env:", r.returncode, repr(r.stdout))
