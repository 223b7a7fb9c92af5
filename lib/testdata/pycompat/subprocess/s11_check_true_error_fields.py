import subprocess

r = subprocess.run(["sh", "-c", "exit 3"])
print(r.returncode, r.stdout, r.stderr)
try:
    subprocess.run(["sh", "-c", "echo partial; echo oops >&2; exit 4"], check=True, capture_output=True)
except subprocess.CalledProcessError as e:
    print(e)
    print(e.returncode, e.cmd, e.output, e.stdout, e.stderr)
