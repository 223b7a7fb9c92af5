package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	out, _ := subprocess.CheckOutput([]string{"echo one; echo two >&2; echo three; echo four >&2"}, subprocess.Options{Shell: true, Stderr: subprocess.STDOUT, Text: true})
	lines := strings.Split(strings.TrimSuffix(string(out), "\n"), "\n")
	fmt.Println("['" + strings.Join(lines, "', '") + "']")
	r, _ := subprocess.Run([]string{"sh", "-c", "echo a; echo b >&2; exit 1"}, subprocess.Options{Stdout: subprocess.PIPE, Stderr: subprocess.STDOUT})
	fmt.Println(r)
	fmt.Println(map[bool]string{true: "True", false: "False"}[r.Stderr == nil])
}
