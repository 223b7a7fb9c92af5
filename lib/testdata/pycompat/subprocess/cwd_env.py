import subprocess

r = subprocess.run(["pwd"], cwd="/", capture_output=True, text=True)
print(r.stdout.strip())
r = subprocess.run(["sh", "-c", "echo $GREETING"], env={"GREETING": "annyeong", "PATH": "/usr/bin:/bin"}, capture_output=True, text=True)
print(r.stdout.strip())
