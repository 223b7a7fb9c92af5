import subprocess

p = subprocess.Popen(["sh", "-c", "exit 3"])
p.wait()
print([p.wait(timeout=0) for _ in range(30)].count(3))
q = subprocess.Popen(["sh", "-c", "echo out; echo err >&2"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
first = q.communicate()
again = [q.communicate(timeout=0) for _ in range(30)]
print(first, again.count(first), q.returncode)
