import subprocess

try:
    subprocess.run("echo out; exit 3", shell=True, check=True, capture_output=True, text=True)
except subprocess.CalledProcessError as e:
    print(e)
    print(e.cmd, repr(e.stdout), repr(e.stderr))
try:
    subprocess.check_output("exit 1", shell=True)
except subprocess.CalledProcessError as e:
    print(e)
