import subprocess

print(subprocess.check_call(["true"]))
try:
    subprocess.check_call(["sh", "-c", "exit 6"])
except subprocess.CalledProcessError as e:
    print(e, e.returncode, e.cmd)
