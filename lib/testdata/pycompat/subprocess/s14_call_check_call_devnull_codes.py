import subprocess

print(subprocess.call(["sh", "-c", "exit 0"]), subprocess.call(["sh", "-c", "exit 12"]))
print(subprocess.call("echo quiet", shell=True, stdout=subprocess.DEVNULL))
print(subprocess.check_call(["true"]))
try:
    subprocess.check_call(["sh", "-c", "exit 12"], stderr=subprocess.DEVNULL)
except subprocess.CalledProcessError as e:
    print(e, e.output, e.stderr)
