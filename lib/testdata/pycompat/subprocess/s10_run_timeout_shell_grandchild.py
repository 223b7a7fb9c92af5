import subprocess

try:
    subprocess.run(["sh", "-c", "echo started; exec sleep 5"], timeout=1.5, capture_output=True, text=True)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired", e.timeout, repr(e.output), e.stderr)
r = subprocess.run(["sh", "-c", "sleep 0.05; echo quick"], timeout=10, capture_output=True, text=True)
print(r.stdout, end="")
