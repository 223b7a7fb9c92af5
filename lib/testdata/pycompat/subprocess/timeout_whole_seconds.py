import subprocess

p = subprocess.Popen(["sleep", "5"])
for t in (1, 0.25):
    try:
        p.wait(timeout=t)
    except subprocess.TimeoutExpired as e:
        print(e)
        print(e.timeout)
p.kill()
p.wait()
