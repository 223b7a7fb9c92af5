import subprocess
for how in ("terminate", "kill"):
    p = subprocess.Popen(["sleep", "30"])
    getattr(p, how)()
    print(how, p.wait(), p.returncode, p.poll())
p = subprocess.Popen(["true"])
p.wait()
p.kill()
print("kill after exit", p.returncode)
