import subprocess

print(subprocess.run(["true"]))
print(subprocess.run(["sh", "-c", "echo out"], stdout=subprocess.PIPE))
print(subprocess.run(["sh", "-c", "echo err >&2"], stderr=subprocess.PIPE, text=True))
print(subprocess.run(["sh", "-c", "echo o; echo e >&2; exit 4"], capture_output=True))
print(subprocess.run("echo shell", shell=True, capture_output=True, text=True))
print(subprocess.run(["cat"], input="it's", capture_output=True, text=True))
print(subprocess.run(["sh", "-c", "exit 2"], stdout=subprocess.DEVNULL))
