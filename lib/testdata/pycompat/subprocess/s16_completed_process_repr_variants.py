import subprocess

print(subprocess.run(["true"]))
print(subprocess.run(["sh", "-c", "echo o; echo e >&2; exit 2"], capture_output=True))
print(subprocess.run(["sh", "-c", "echo o"], stdout=subprocess.PIPE, text=True))
print(subprocess.run(["sh", "-c", "echo e >&2"], stderr=subprocess.PIPE, text=True))
print(subprocess.run("echo 'it''s'", shell=True, capture_output=True, text=True))
print(subprocess.run(["printf", "\\x00\\x01\\xff"], capture_output=True))
cp = subprocess.CompletedProcess(["x", "y"], 3, stdout="out")
print(cp, cp.args, cp.returncode, cp.stderr)
