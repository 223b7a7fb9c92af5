import subprocess

print(subprocess.check_output(["sort"], input=b"pear\napple\nfig\n"))
print(subprocess.check_output(["wc", "-w"], input="one two three", text=True).strip())
print(subprocess.check_output(["sh", "-c", "echo out; echo err >&2"], stderr=subprocess.STDOUT, text=True).split())
