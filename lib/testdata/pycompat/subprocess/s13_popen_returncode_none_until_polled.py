import subprocess, time

p = subprocess.Popen(["true"])
time.sleep(0.3)
print("returncode before poll:", p.returncode)
print("poll:", p.poll(), "returncode:", p.returncode)
q = subprocess.Popen(["sh", "-c", "exit 7"])
print("wait:", q.wait(), q.returncode, q.poll())
print(q.args, p.args)
