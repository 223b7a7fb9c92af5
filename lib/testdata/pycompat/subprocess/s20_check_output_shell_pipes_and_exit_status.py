import subprocess

print(subprocess.check_output("printf 'b\\na\\nc\\n' | sort | head -2", shell=True))
print(subprocess.check_output("false | true", shell=True))
try:
    subprocess.check_output("true | false", shell=True)
except subprocess.CalledProcessError as e:
    print(e.returncode, e.output, e)
try:
    subprocess.check_output("echo partial; exit 9", shell=True, text=True)
except subprocess.CalledProcessError as e:
    print(repr(e.output), e)
