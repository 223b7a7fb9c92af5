import subprocess

r = subprocess.run(["/usr/bin/env"], env={"A": "1", "B": "two words"}, capture_output=True, text=True)
print(sorted(r.stdout.splitlines()))
r = subprocess.run(["/bin/sh", "-c", "echo ${A:-unset} ${HOME:-nohome}"], env={"A": "x"}, capture_output=True, text=True)
print(r.stdout.strip())
r = subprocess.run(["/bin/sh", "-c", 'echo "$X"'], env={"X": "한글 값"}, capture_output=True, text=True)
print(r.stdout.strip())
