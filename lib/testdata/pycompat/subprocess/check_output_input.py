import subprocess

print(subprocess.check_output(["cat"], input=b"raw bytes"))
print(subprocess.check_output(["sort"], input="b\na\n", text=True).split())
try:
    subprocess.check_output(["sh", "-c", "cat; exit 1"], input=b"echoed")
except subprocess.CalledProcessError as e:
    print(e.output, e.returncode)
