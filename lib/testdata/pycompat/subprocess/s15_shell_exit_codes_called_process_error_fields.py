import subprocess

for cmd in ["exit 3", "echo out; echo err >&2; exit 5", "false", "true"]:
    try:
        r = subprocess.run(cmd, shell=True, capture_output=True, text=True, check=True)
        print("ok", r.returncode, repr(r.stdout))
    except subprocess.CalledProcessError as e:
        print(str(e))
        print(" ", e.returncode, repr(e.cmd), repr(e.output), repr(e.stderr), e.stdout == e.output)
r = subprocess.run("exit 3", shell=True)
print(r.returncode, r)
