import subprocess

r = subprocess.run(["printf", "%s|", "héllo", "a b", "line1\nline2", ""], capture_output=True, text=True)
print(repr(r.stdout), r.args[1:3])
r = subprocess.run(["printf", "%s", "日本"], capture_output=True)
print(r.stdout, len(r.stdout), r.stdout.decode())
