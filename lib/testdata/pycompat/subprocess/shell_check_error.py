import subprocess

try:
    subprocess.run("echo out; exit 4", shell=True, check=True, capture_output=True, text=True)
except subprocess.CalledProcessError as e:
    print(e)
    print(e.cmd, repr(e.stdout))
try:
    subprocess.check_output("false", shell=True)
except subprocess.CalledProcessError as e:
    print(e)
