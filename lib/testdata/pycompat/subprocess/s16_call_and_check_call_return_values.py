import subprocess

print(subprocess.call(["true"]), subprocess.call(["false"]), subprocess.call("exit 9", shell=True))
print(subprocess.call(["sh", "-c", "kill -15 $$"]))
print(subprocess.check_call(["true"]))
try:
    subprocess.check_call(["sh", "-c", "exit 3"])
except subprocess.CalledProcessError as e:
    print(e.returncode, e.cmd, e.output, e.stderr)
try:
    subprocess.call(["definitely-not-a-program-xyz"])
except FileNotFoundError as e:
    print("FileNotFoundError:", e.errno, e.filename)
