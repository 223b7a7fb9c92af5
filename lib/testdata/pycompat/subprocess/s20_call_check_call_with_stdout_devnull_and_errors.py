import subprocess

print(subprocess.call(["sh", "-c", "echo hidden; exit 3"], stdout=subprocess.DEVNULL))
print(subprocess.check_call(["true"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
try:
    subprocess.check_call(["sh", "-c", "echo visible-err >&2; exit 5"], stderr=subprocess.DEVNULL)
except subprocess.CalledProcessError as e:
    print(e.returncode, e.output, e.stderr, e)
try:
    subprocess.call(["definitely-not-a-command-s20"])
except FileNotFoundError as e:
    print("FileNotFoundError:", e, e.errno, e.filename)
