import subprocess

p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
out, err = p.communicate("안녕하세요\n반갑습니다\n")
print(out.splitlines(), err, p.returncode)
r = subprocess.run(["wc", "-c"], input="한글", capture_output=True, text=True)
print(r.stdout.strip())
r = subprocess.run(["printf", "%s", "값"], capture_output=True)
print(r.stdout, r.stdout.decode())
