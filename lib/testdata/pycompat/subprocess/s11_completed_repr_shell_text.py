import subprocess

print(subprocess.run("echo hi", shell=True, capture_output=True, text=True))
print(subprocess.run(["sh", "-c", "echo e >&2; exit 1"], stderr=subprocess.PIPE, text=True))
print(subprocess.run(["printf", "tab\\there"], capture_output=True))
