import subprocess

for cmd in ["true", "false", "exit 2", "kill -9 $$"]:
    code = subprocess.call(cmd, shell=True)
    try:
        subprocess.check_call(cmd, shell=True)
        print(cmd, code, "check_call ok")
    except subprocess.CalledProcessError as e:
        print(cmd, code, "->", e)
