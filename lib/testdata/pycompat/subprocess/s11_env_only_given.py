import subprocess, os

env = {"GREETING": "hey", "PATH": os.environ["PATH"]}
r = subprocess.run(["sh", "-c", "echo $GREETING ${HOME:-nohome}"], env=env, capture_output=True, text=True)
print(r.stdout.strip())
env2 = dict(os.environ, GREETING="merged")
r = subprocess.run(["sh", "-c", "echo $GREETING"], env=env2, capture_output=True, text=True)
print(r.stdout.strip())
