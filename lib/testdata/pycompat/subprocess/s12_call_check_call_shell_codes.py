import subprocess
print(subprocess.call("exit 3", shell=True), subprocess.call(["true"]), subprocess.call(["sh", "-c", "kill -TERM $$"]))
print(subprocess.check_call(["true"]))
try:
    subprocess.check_call("echo visible; exit 4", shell=True)
except subprocess.CalledProcessError as e:
    print(e, e.output, e.stderr)
