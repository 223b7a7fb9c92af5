import subprocess

for sig in (16, 29, 30, 34, 35, 64):
    try:
        subprocess.run(["sh", "-c", "kill -%d $$" % sig], check=True)
    except subprocess.CalledProcessError as e:
        print(e.returncode, e)
p = subprocess.Popen(["sleep", "30"])
p.send_signal(30)
print(p.wait(), p.returncode)
print(subprocess.call(["sh", "-c", "kill -64 $$"]))
