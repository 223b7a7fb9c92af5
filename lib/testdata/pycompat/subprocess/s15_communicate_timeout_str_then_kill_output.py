import subprocess

p = subprocess.Popen(["sh", "-c", "echo started; exec sleep 30"],
                     stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
try:
    p.communicate(timeout=0.5)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired:", e)
    print(e.timeout, e.cmd[0], p.poll())
p.kill()
out, err = p.communicate()
print(repr(out), err, p.returncode)
