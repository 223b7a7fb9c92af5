import subprocess

p = subprocess.Popen(["sh", "-c", "echo part; exec sleep 30"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
try:
    p.communicate(timeout=1)
except subprocess.TimeoutExpired as e:
    print(e.cmd, e.timeout, e.output, e.stderr)
    print(str(e))
p.kill()
out, err = p.communicate()
print(out, err, p.returncode)
