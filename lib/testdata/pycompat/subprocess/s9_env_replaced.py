import subprocess

r = subprocess.run(["sh", "-c", "echo $FOO:$BAR"], env={"FOO": "1", "BAR": "two", "PATH": "/usr/bin:/bin"}, capture_output=True, text=True)
print(r.stdout.strip())
r = subprocess.run(["sh", "-c", "echo ${HOME:-nohome}"], env={"PATH": "/usr/bin:/bin"}, capture_output=True, text=True)
print(r.stdout.strip())
