import subprocess

p = subprocess.Popen(["sleep", "1"])
try:
    p.communicate(timeout=0.3)
except subprocess.TimeoutExpired as e:
    print("no pipes, time left reported:", 0.1 < e.timeout < 0.3, e.output, e.stderr)
print("then:", p.communicate(), p.returncode)
q = subprocess.Popen(["sh", "-c", "sleep 1; echo done"], stdout=subprocess.PIPE, text=True)
try:
    q.communicate(timeout=0.3)
except subprocess.TimeoutExpired as e:
    print("with a pipe, the timeout given:", e.timeout, e.output)
print("then:", q.communicate(), q.returncode)
