import os
import subprocess

env = dict(os.environ)
env["GREETING"] = "annyeong"
env.pop("HOME", None)
r = subprocess.run(["sh", "-c", 'echo "$GREETING ${HOME:-nohome}"'], env=env, capture_output=True, text=True)
print(r.stdout, end="")
r = subprocess.run(["/usr/bin/env"], env={"ONLY": "1"}, capture_output=True, text=True)
print(r.stdout.split())
