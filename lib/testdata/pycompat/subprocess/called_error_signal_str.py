import subprocess

for args in (["sh", "-c", "kill -9 $$"], ["sh", "-c", "kill -15 $$"], ["sh", "-c", "kill -2 $$"]):
    try:
        subprocess.run(args, check=True)
    except subprocess.CalledProcessError as e:
        print(e.returncode)
        print(e)
try:
    subprocess.run("exit 4", shell=True, check=True)
except subprocess.CalledProcessError as e:
    print(e, e.cmd)
