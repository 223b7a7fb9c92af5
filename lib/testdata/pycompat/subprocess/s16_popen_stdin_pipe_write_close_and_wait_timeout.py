import subprocess

p = subprocess.Popen(["wc", "-l"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
for i in range(5):
    p.stdin.write("line %d\n" % i)
try:
    p.wait(timeout=0.2)
except subprocess.TimeoutExpired as e:
    print("still reading:", e)
p.stdin.close()
print(p.wait(timeout=30), p.stdout.read().strip())
p.stdout.close()
