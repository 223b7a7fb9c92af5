import subprocess

try:
    subprocess.run(["sh", "-c", "echo partial; exit 2"], check=True, capture_output=True, text=True)
except subprocess.CalledProcessError as e:
    print(e)
    print(repr(e.output), repr(e.stdout), repr(e.stderr))
