import subprocess

try:
    subprocess.run(["sleep", "2"], timeout=-1)
except subprocess.TimeoutExpired as e:
    print("run: TimeoutExpired", e.cmd)
for f in (lambda: subprocess.call(["sleep", "2"], timeout=-0.5),
          lambda: subprocess.check_output(["sleep", "2"], timeout=-1)):
    try:
        f()
    except subprocess.TimeoutExpired as e:
        print(e)
p = subprocess.Popen(["sleep", "2"])
try:
    p.wait(timeout=-1)
except subprocess.TimeoutExpired as e:
    print(e)
p.kill()
print(p.wait())
