import subprocess

print("call:", subprocess.call(["sh", "-c", "kill -KILL $$"]))
try:
    subprocess.check_call(["sh", "-c", "kill -TERM $$"])
except subprocess.CalledProcessError as e:
    print("check_call:", e.returncode, e)
try:
    subprocess.check_output("kill -HUP $$", shell=True)
except subprocess.CalledProcessError as e:
    print("check_output:", e.returncode, repr(e.output), e)
