import subprocess

try:
    subprocess.check_output(["sh", "-c", "echo partial; exit 4"])
except subprocess.CalledProcessError as e:
    print(e.returncode, e.output, e.stdout, e.stderr)
    print(e)
try:
    subprocess.check_call(["sh", "-c", "exit 5"])
except subprocess.CalledProcessError as e:
    print(e.returncode, e.output, e.cmd)
