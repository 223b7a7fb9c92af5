import subprocess

for cmd in (["sh", "-c", "exit 1"], ["sh", "-c", "exit 127"], ["sh", "-c", "kill -9 $$"], ["sh", "-c", "kill -15 $$"]):
    try:
        subprocess.run(cmd, check=True)
    except subprocess.CalledProcessError as e:
        print(e)
        print(e.returncode)
