import subprocess

# Without a pipe to read, run() waits for the child with what is left of
# the timeout, and TimeoutExpired reports that: a little less than given.
try:
    subprocess.run(["sleep", "5"], timeout=0.5)
except subprocess.TimeoutExpired as e:
    print(type(e.timeout).__name__, 0.3 < e.timeout < 0.5)
    print(str(e).startswith("Command '['sleep', '5']' timed out after 0.4"), str(e).endswith(" seconds"))
    print(e.output, e.stdout, e.stderr)

# With captured output, it reports the timeout given.
try:
    subprocess.run(["sleep", "5"], timeout=0.5, capture_output=True)
except subprocess.TimeoutExpired as e:
    print(e.timeout, e)

# call() and check_call() wait(timeout): the timeout given.
for f in (subprocess.call, subprocess.check_call):
    try:
        f(["sleep", "5"], timeout=0.5)
    except subprocess.TimeoutExpired as e:
        print(f.__name__, e.timeout, e)
