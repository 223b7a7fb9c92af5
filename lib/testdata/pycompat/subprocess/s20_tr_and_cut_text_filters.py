import subprocess

print(subprocess.run(["tr", "a-z", "A-Z"], input="hello world\n", capture_output=True, text=True).stdout, end="")
print(subprocess.run(["cut", "-d,", "-f2"], input="a,1\nb,2\nc,3\n", capture_output=True, text=True).stdout.split())
print(subprocess.run(["tr", "-d", "aeiou"], input=b"education", capture_output=True).stdout)
r = subprocess.run(["tr", "-s", " "], input="a   b    c", stdout=subprocess.PIPE, text=True)
print(repr(r.stdout), r.stderr, r.returncode)
