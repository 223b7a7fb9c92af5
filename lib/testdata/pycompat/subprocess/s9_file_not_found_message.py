import subprocess

try:
    subprocess.run(["no-such-program-s9"])
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
    print(e.errno, e.filename)
