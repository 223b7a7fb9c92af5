import subprocess

p = subprocess.Popen(["sh", "-c", "echo start; sleep 5"], stdout=subprocess.PIPE, text=True)
try:
    p.communicate(timeout=0.3)
except subprocess.TimeoutExpired as e:
    print(e)
p.kill()
out, _ = p.communicate()
print(repr(out), p.returncode)
