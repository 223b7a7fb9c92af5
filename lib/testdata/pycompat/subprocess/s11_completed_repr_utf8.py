import subprocess

print(subprocess.run(["echo", "hi"], capture_output=True))
print(subprocess.run(["echo", "héllo"], capture_output=True))
print(subprocess.run(["echo", "héllo"], capture_output=True, text=True))
print(subprocess.run(["true"]))
print(subprocess.run(["sh", "-c", "exit 2"], stdout=subprocess.PIPE))
