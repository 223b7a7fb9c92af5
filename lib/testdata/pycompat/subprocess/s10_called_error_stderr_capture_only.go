package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	_, err := subprocess.Run([]string{"ls", "/no/such/path/s10"}, subprocess.Options{Stderr: subprocess.PIPE, Text: true, Check: true})
	var e *subprocess.CalledProcessError
	if errors.As(err, &e) {
		out := "None"
		if e.Output != nil {
			out = string(e.Output)
		}
		fmt.Println(pyBool(e.Returncode != 0), out, pyBool(strings.Contains(string(e.Stderr), "No such file")))
		fmt.Println(pyBool(strings.HasPrefix(e.Error(), "Command '['ls', '/no/such/path/s10']' returned non-zero exit status")))
	}
	_, err = subprocess.CheckOutput([]string{"sh", "-c", "echo data; echo why >&2; exit 1"}, subprocess.Options{Stderr: subprocess.PIPE})
	if errors.As(err, &e) {
		fmt.Printf("b'%s' b'%s' %d\n", strings.ReplaceAll(string(e.Output), "\n", `\n`), strings.ReplaceAll(string(e.Stderr), "\n", `\n`), e.Returncode)
	}
}
