import subprocess

print(subprocess.call(["true"]), subprocess.call(["sh", "-c", "exit 5"]))
print(subprocess.check_call(["true"]))
try:
    subprocess.check_call(["sh", "-c", "exit 6"])
except subprocess.CalledProcessError as e:
    print(e, e.returncode)
