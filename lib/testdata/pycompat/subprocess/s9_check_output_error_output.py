import subprocess

try:
    subprocess.check_output(["sh", "-c", "echo partial; exit 2"])
except subprocess.CalledProcessError as e:
    print(e)
    print(e.returncode, e.output, e.stdout, e.stderr)
