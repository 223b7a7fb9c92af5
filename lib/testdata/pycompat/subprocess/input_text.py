import subprocess

r = subprocess.run(["tr", "a-z", "A-Z"], input="shout\n", capture_output=True, text=True)
print(r.stdout, end="")
print(r)
