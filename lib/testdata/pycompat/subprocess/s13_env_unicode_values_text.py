import subprocess, os

env = {"GREETING": "안녕하세요", "NAME": "세계 world", "PATH": os.environ["PATH"]}
r = subprocess.run(["sh", "-c", 'echo "$GREETING, $NAME"; printf %s "$GREETING" | wc -c'], env=env, capture_output=True, text=True)
print(r.stdout.split("\n")[0], r.stdout.split()[-1], r.returncode)
print(r)
