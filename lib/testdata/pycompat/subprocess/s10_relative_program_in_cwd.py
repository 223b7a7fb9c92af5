import subprocess, os, tempfile

d = tempfile.mkdtemp()
with open(os.path.join(d, "run.sh"), "w") as f:
    f.write("#!/bin/sh\necho running in $(basename $(pwd))\n")
os.chmod(os.path.join(d, "run.sh"), 0o755)
os.mkdir(os.path.join(d, "sub"))
r = subprocess.run(["./run.sh"], cwd=d, capture_output=True, text=True)
print(r.stdout.replace(os.path.basename(d), "D"), end="")
r = subprocess.run(["../run.sh"], cwd=os.path.join(d, "sub"), capture_output=True, text=True)
print(r.stdout, end="")
try:
    subprocess.run(["./run.sh"], cwd=os.path.join(d, "sub"))
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
subprocess.run(["rm", "-r", d])
