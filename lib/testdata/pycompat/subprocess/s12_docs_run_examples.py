import subprocess
print(subprocess.run(["ls", "-d", "/"]))
try:
    subprocess.run("exit 1", shell=True, check=True)
except subprocess.CalledProcessError as e:
    print("subprocess.CalledProcessError:", e)
r = subprocess.run(["ls", "-d", "/dev/null"], capture_output=True)
print(r)
