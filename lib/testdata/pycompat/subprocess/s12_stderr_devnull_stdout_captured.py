import subprocess
r = subprocess.run(["sh", "-c", "echo visible; echo hidden >&2; exit 1"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
print(r.stdout.strip(), r.stderr, r.returncode)
try:
    r.check_returncode()
except subprocess.CalledProcessError as e:
    print(e, e.stdout.strip())
