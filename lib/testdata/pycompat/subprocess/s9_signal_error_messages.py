import subprocess

for sig in ("INT", "TERM", "KILL", "HUP"):
    try:
        subprocess.run(["sh", "-c", "kill -%s $$" % sig], check=True)
    except subprocess.CalledProcessError as e:
        print(e)
