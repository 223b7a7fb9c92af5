import subprocess

for cmd in (["definitely-not-a-command-s11"], ["./nope-s11.sh"]):
    try:
        subprocess.run(cmd)
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno, e.filename, e)
r = subprocess.run("definitely-not-a-command-s11", shell=True, capture_output=True)
print(r.returncode)
