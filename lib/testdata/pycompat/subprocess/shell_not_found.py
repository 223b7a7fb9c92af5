import subprocess

r = subprocess.run("no_such_command_xyz", shell=True, capture_output=True, text=True)
print(r.returncode, "not found" in r.stderr, r.stdout)
r = subprocess.run(["sh", "-c", "exit 126"])
print(r.returncode)
