import subprocess

p = subprocess.Popen(["sh", "-c", "echo started; sleep 10"], stdout=subprocess.PIPE)
first = p.stdout.readline()
p.kill()
out, err = p.communicate()
print(first, out, err, p.returncode)
