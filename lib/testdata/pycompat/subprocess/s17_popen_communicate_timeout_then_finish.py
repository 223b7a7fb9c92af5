import subprocess

p = subprocess.Popen(["sh", "-c", "echo first; sleep 0.5; echo second"], stdout=subprocess.PIPE, text=True)
try:
    p.communicate(timeout=0.1)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired:", e)
out, err = p.communicate()
print(repr(out), err, p.returncode)
