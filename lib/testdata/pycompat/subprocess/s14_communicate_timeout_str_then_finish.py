import subprocess

p = subprocess.Popen(["sh", "-c", "echo started; exec sleep 30"], stdout=subprocess.PIPE, text=True)
try:
    p.communicate(timeout=1)
except subprocess.TimeoutExpired as e:
    print(e)
    print(e.timeout, repr(e.cmd))
p.kill()
out, err = p.communicate()
print(repr(out), err, p.returncode)
