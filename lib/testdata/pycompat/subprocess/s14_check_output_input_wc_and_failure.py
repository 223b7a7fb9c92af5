import subprocess

print(subprocess.check_output(["wc", "-l"], input=b"a\nb\nc\n").split())
print(subprocess.check_output(["tr", "-d", "aeiou"], input="education", text=True))
try:
    subprocess.check_output(["sh", "-c", "cat; exit 9"], input="echoed back\n", text=True)
except subprocess.CalledProcessError as e:
    print(e.returncode, repr(e.output), repr(e.stderr))
    print(e)
