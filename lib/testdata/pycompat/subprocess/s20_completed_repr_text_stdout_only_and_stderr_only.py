import subprocess

print(subprocess.run(["sh", "-c", "echo o; echo e >&2"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True))
print(subprocess.run(["sh", "-c", "echo o; echo e >&2"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE))
print(subprocess.run(["sh", "-c", "echo o; echo e >&2"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True))
print(subprocess.run(["true"], capture_output=True, text=True))
print(subprocess.run(["true"], capture_output=True))
print(subprocess.run("exit 1", shell=True, capture_output=True))
