import subprocess

print(subprocess.call(["true"]))
print(subprocess.call(["false"]))
print(subprocess.call(["sh", "-c", "exit 9"]))
print(subprocess.call("exit 5", shell=True))
