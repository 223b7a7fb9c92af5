import subprocess

for sig in ("TERM", "KILL", "INT", "USR1"):
    r = subprocess.run(["sh", "-c", "kill -%s $$" % sig])
    print(sig, r.returncode, r)
r = subprocess.run("kill -9 $$", shell=True, capture_output=True)
print(r)
