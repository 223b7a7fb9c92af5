import subprocess

try:
    subprocess.run(["sleep", "5"], stdout=subprocess.PIPE, timeout=0)
except subprocess.TimeoutExpired as e:
    print("run:", e)
    print("timeout attr:", e.timeout)
try:
    subprocess.run("sleep 5", shell=True, capture_output=True, timeout=0)
except subprocess.TimeoutExpired as e:
    print("shell:", e)
    print("output:", e.output, e.stderr)
try:
    subprocess.check_output(["sleep", "5"], timeout=0)
except subprocess.TimeoutExpired as e:
    print("check_output:", e)
try:
    subprocess.call(["sleep", "5"], timeout=0)
except subprocess.TimeoutExpired as e:
    print("call:", e)
r = subprocess.run(["echo", "no timeout"], capture_output=True, text=True, timeout=None)
print(r.stdout, end="")
