import subprocess, time

p = subprocess.Popen(["sh", "-c", "exit 3"])
time.sleep(0.3)
print(repr(p))
print(p.poll(), repr(p))
print(p.wait(), p.wait(), p.poll(), p.returncode)
q = subprocess.Popen(["sleep", "30"])
print(repr(q))
q.terminate()
time.sleep(0.3)
print("after terminate, before wait:", q.returncode)
print(q.wait(), repr(q))
