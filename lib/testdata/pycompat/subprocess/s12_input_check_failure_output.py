import subprocess
try:
    subprocess.run(["sh", "-c", "cat; echo bad >&2; exit 5"], input="data in\n", capture_output=True, text=True, check=True)
except subprocess.CalledProcessError as e:
    print(e)
    print(repr(e.stdout), repr(e.stderr), e.returncode)
