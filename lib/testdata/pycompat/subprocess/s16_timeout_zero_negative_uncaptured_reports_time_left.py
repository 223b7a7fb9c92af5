import subprocess
import re

# An expired timeout without a pipe: CPython reports the time left when it
# waited, a little below the timeout given (0 -> about -1e-05).
for t in (0, -1):
    try:
        subprocess.run(["sleep", "5"], timeout=t)
    except subprocess.TimeoutExpired as e:
        print(t, "below the timeout given:", t - 0.5 < e.timeout < t)
        print(re.sub(r"after -?[0-9.e-]+ seconds", "after T seconds", str(e)))
p = subprocess.Popen(["sleep", "5"])
try:
    p.communicate(timeout=0)
except subprocess.TimeoutExpired as e:
    print("communicate(timeout=0):", -0.5 < e.timeout < 0)
p.kill()
p.wait()
# With a pipe, or through call(), the timeout given.
try:
    subprocess.run(["sleep", "5"], timeout=0, capture_output=True)
except subprocess.TimeoutExpired as e:
    print("captured:", e.timeout, e)
try:
    subprocess.call(["sleep", "5"], timeout=-1)
except subprocess.TimeoutExpired as e:
    print("call:", e.timeout, e)
