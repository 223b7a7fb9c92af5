import subprocess

print(subprocess.run(["cat"], stdin=subprocess.DEVNULL, capture_output=True).stdout)
print(subprocess.run(["wc", "-l"], input=b"a\nb\nc\n", capture_output=True).stdout.split())
print(subprocess.run(["tr", "a-z", "A-Z"], input="hello\n", capture_output=True, text=True).stdout, end="")
print(subprocess.check_output(["sort", "-r"], input="1\n3\n2\n", text=True).split())
try:
    subprocess.run(["cat"], input="x", stdin=subprocess.PIPE)
except ValueError as e:
    print("ValueError:", e)
