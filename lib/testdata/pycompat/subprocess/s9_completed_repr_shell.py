import subprocess

print(subprocess.run("true", shell=True))
print(subprocess.run("echo hi", shell=True, capture_output=True))
print(subprocess.run(["printf", "a'b"], capture_output=True, text=True))
