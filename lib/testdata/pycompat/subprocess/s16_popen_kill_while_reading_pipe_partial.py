import subprocess

p = subprocess.Popen(["sh", "-c", "echo ready; exec sleep 30"], stdout=subprocess.PIPE, text=True)
print(p.stdout.readline().strip())
p.kill()
rest, err = p.communicate()
print(repr(rest), err, p.returncode, p.poll())
