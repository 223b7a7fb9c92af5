import subprocess

try:
    subprocess.run(["sleep", "5"], timeout=0.1)
except subprocess.TimeoutExpired as e:
    # CPython's message shows the time left of its own deadline
    # (0.0999...), which changes from run to run: only its start is printed.
    print(str(e).startswith("Command '['sleep', '5']' timed out after "))
    print(e.cmd, e.output, e.stderr)
