import subprocess

try:
    subprocess.run(["no-such-program-xyz"])
except FileNotFoundError as e:
    print(e)
    print(e.errno, e.filename)
