import subprocess

r = subprocess.run(['echo', '이것은 subprocess입니다.'])
print(r)
print(r.returncode, r.stdout, r.stderr, r.args)
