import subprocess

r = subprocess.run("echo $((6 * 7))", shell=True, capture_output=True, text=True)
print(r)
r = subprocess.run("exit 9", shell=True)
print(r.returncode, r.args)
print(r)
try:
    subprocess.run("exit 3", shell=True, check=True)
except subprocess.CalledProcessError as e:
    print(e)
p = subprocess.Popen("exit 0", shell=True)
p.wait()
print(p)
