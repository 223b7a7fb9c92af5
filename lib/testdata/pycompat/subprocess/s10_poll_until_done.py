import subprocess, time

p = subprocess.Popen(["sh", "-c", "sleep 0.1; exit 6"])
polls = 0
while p.poll() is None:
    polls += 1
    time.sleep(0.01)
print(polls > 0, p.returncode, p.poll(), p.wait())
r = subprocess.run(["true"])
print(r.check_returncode(), r.returncode)
