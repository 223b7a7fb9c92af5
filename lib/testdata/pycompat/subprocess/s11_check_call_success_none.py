import subprocess

print(subprocess.check_call(["true"]))
print(subprocess.check_call("exit 0", shell=True))
try:
    subprocess.check_call(["false"])
except subprocess.CalledProcessError as e:
    print(e)
