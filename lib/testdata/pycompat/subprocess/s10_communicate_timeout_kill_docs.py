import subprocess

proc = subprocess.Popen(["sh", "-c", "echo started; sleep 10; echo never"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
try:
    outs, errs = proc.communicate(timeout=0.3)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired:", e)
    proc.kill()
    outs, errs = proc.communicate()
print(outs, errs, proc.returncode)
