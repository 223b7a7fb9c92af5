import subprocess

try:
    subprocess.run(["false"], check=True)
except subprocess.CalledProcessError as e:
    print(e)
    print(e.returncode, e.cmd, e.output, e.stderr)
try:
    subprocess.run(["sh", "-c", "exit 3"], check=True)
except subprocess.CalledProcessError as e:
    print(e)
