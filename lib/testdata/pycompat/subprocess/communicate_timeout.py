import subprocess

p = subprocess.Popen(["sh", "-c", "echo first; sleep 5; echo second"], stdout=subprocess.PIPE, text=True)
try:
    p.communicate(timeout=0.5)
except subprocess.TimeoutExpired as e:
    print(e)
p.kill()
out, err = p.communicate()
print(repr(out), err, p.returncode)
