import subprocess

out = subprocess.check_output(["cat", "-n"], input="a\nb\nc\n", text=True)
print([line.split("\t") for line in out.splitlines()])
out = subprocess.check_output(["sh", "-c", "tr a-z A-Z; exit 0"], input=b"mixed Case\n")
print(out)
try:
    subprocess.check_output(["sh", "-c", "cat; exit 2"], input="echoed\n", text=True)
except subprocess.CalledProcessError as e:
    print(e.returncode, repr(e.output))
