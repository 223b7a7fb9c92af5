import subprocess

try:
    subprocess.check_output(["sleep", "5"], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print(e)
    print(e.output)
print(subprocess.check_output(["echo", "quick"], timeout=5))
