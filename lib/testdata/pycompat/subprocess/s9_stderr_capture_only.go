package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	r, _ := subprocess.Run([]string{"sh", "-c", "echo o; echo e1 >&2; echo e2 >&2; exit 1"}, subprocess.Options{Stderr: subprocess.PIPE, Stdout: subprocess.DEVNULL, Text: true})
	out := "None"
	if r.Stdout != nil {
		out = string(r.Stdout)
	}
	lines := strings.Split(strings.TrimSuffix(string(r.Stderr), "\n"), "\n")
	fmt.Println(r.Returncode, out, "['"+strings.Join(lines, "', '")+"']")
}
