import subprocess

print(subprocess.run(["true"]))
print(subprocess.run(["sh", "-c", "exit 4"]))
print(subprocess.run(["echo", "hi"], stdout=subprocess.PIPE))
print(subprocess.run(["echo", "hi"], capture_output=True, text=True))
print(subprocess.run(["sh", "-c", "echo err >&2"], stderr=subprocess.PIPE))
