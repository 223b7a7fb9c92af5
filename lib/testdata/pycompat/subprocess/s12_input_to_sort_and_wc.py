import subprocess
words = "pear\napple\nfig\napple\n"
r = subprocess.run(["sort", "-u"], input=words, capture_output=True, text=True)
print(r.stdout.split(), r.returncode)
r = subprocess.run(["wc", "-l"], input=words.encode(), stdout=subprocess.PIPE)
print(int(r.stdout), r.stderr)
r = subprocess.run(["cat"], input="", capture_output=True, text=True)
print(repr(r.stdout), r.returncode)
