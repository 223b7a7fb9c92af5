import subprocess

try:
    subprocess.run(["ls", "/no/such/path/s10"], stderr=subprocess.PIPE, text=True, check=True)
except subprocess.CalledProcessError as e:
    print(e.returncode != 0, e.output, "No such file" in e.stderr)
    print(str(e).startswith("Command '['ls', '/no/such/path/s10']' returned non-zero exit status"))
try:
    subprocess.check_output(["sh", "-c", "echo data; echo why >&2; exit 1"], stderr=subprocess.PIPE)
except subprocess.CalledProcessError as e:
    print(e.output, e.stderr, e.returncode)
