import subprocess, tempfile, os

d = tempfile.mkdtemp()
for name in ("a.txt", "b.txt", "c.log"):
    open(os.path.join(d, name), "w").close()
r = subprocess.run("ls *.txt | sort; echo $((6 * 7)); echo hi > out.txt; cat out.txt; exit 3", shell=True, cwd=d, capture_output=True, text=True)
print(r.stdout.split(), r.returncode)
r = subprocess.run('for f in *.log; do echo "[$f]"; done', shell=True, cwd=d, capture_output=True, text=True)
print(r.stdout.strip())
r = subprocess.run(["sh", "-c", 'echo "$0|$1|$2"', "zero", "one", "two words"], capture_output=True, text=True)
print(r.stdout.strip())
subprocess.run(["rm", "-r", d])
