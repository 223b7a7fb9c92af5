import subprocess

try:
    subprocess.run(["sh", "-c", "sleep 5; exit 1"], timeout=0.2, check=True)
except subprocess.TimeoutExpired:
    print("TimeoutExpired")
except subprocess.CalledProcessError:
    print("CalledProcessError")
try:
    subprocess.run(["sh", "-c", "exit 1"], timeout=5, check=True)
except subprocess.TimeoutExpired:
    print("TimeoutExpired")
except subprocess.CalledProcessError as e:
    print("CalledProcessError", e.returncode)
