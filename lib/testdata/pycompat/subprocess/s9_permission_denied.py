import subprocess

try:
    subprocess.run(["/etc/passwd"])
except PermissionError as e:
    print("PermissionError:", e)
