import subprocess

p = subprocess.Popen(["echo", "x y"], stdout=subprocess.DEVNULL)
p.wait()
print(p.args, p.returncode)
s = subprocess.Popen("echo $((1+2))", shell=True, stdout=subprocess.PIPE, text=True)
print(s.args, repr(s.communicate()[0]))
