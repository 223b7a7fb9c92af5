import subprocess

p = subprocess.Popen("echo hi; exit 2", shell=True, stdout=subprocess.PIPE, text=True)
print(repr(p), p.args)
out, err = p.communicate()
print(repr(out), err, repr(p))
q = subprocess.Popen(["echo", "a b", "c"], stdout=subprocess.DEVNULL)
q.wait()
print(repr(q))
