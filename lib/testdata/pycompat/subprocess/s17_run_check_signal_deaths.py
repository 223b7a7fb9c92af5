import subprocess

for sig in ("TERM", "KILL", "INT", "USR1", "HUP"):
    try:
        subprocess.run(["sh", "-c", "kill -%s $$" % sig], check=True)
    except subprocess.CalledProcessError as e:
        print(e.returncode, e)
r = subprocess.run(["sh", "-c", "kill -KILL $$"])
print(r.returncode, r)
