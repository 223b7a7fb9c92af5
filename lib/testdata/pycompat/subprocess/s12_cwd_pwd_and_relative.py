import subprocess, tempfile, os
d = tempfile.mkdtemp()
open(os.path.join(d, "note.txt"), "w").write("hello from cwd\n")
print(subprocess.run(["cat", "note.txt"], cwd=d, capture_output=True, text=True).stdout, end="")
print(subprocess.run("pwd", shell=True, cwd=d, capture_output=True, text=True).stdout.strip() == os.path.realpath(d))
r = subprocess.run(["cat", "note.txt"], capture_output=True, text=True)
print(r.returncode, r.stdout == "")
