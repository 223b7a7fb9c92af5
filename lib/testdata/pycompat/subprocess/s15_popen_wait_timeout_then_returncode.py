import subprocess

p = subprocess.Popen(["sh", "-c", "read x; exit $x"], stdin=subprocess.PIPE, text=True)
print(p.poll(), p.returncode)
try:
    p.wait(timeout=0.2)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired:", e)
p.stdin.write("7\n")
p.stdin.close()
print(p.wait(timeout=10), p.returncode, p.poll())
