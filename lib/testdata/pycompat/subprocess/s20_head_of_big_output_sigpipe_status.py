import subprocess

out = subprocess.check_output("seq 1 100000 | head -n 3", shell=True, text=True)
print(out.split())
r = subprocess.run(["sh", "-c", "seq 1 100000 | head -n 1; echo ${PIPESTATUS:-sh}"], capture_output=True, text=True)
print(r.stdout.split()[0], r.returncode)
big = subprocess.run(["seq", "1", "20000"], capture_output=True).stdout
print(len(big), big[:10], big[-6:])
