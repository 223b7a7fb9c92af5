import subprocess

try:
    subprocess.run(['sleep', '10'], timeout=0.3)
except subprocess.TimeoutExpired as e:
    print("timed out:", e.cmd, 0 < e.timeout <= 0.3)
r = subprocess.run(['sleep', '0'])
print(r)
