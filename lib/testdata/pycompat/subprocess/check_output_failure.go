package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func pyBytes(b []byte) string {
	if b == nil {
		return "None"
	}
	return "b'" + strings.ReplaceAll(string(b), "\n", "\\n") + "'"
}

func main() {
	_, err := subprocess.CheckOutput([]string{"sh", "-c", "echo partial; exit 2"})
	var e *subprocess.CalledProcessError
	if errors.As(err, &e) {
		fmt.Println(e)
		fmt.Println(e.Returncode, pyBytes(e.Output), pyBytes(e.Output), pyBytes(e.Stderr))
	}
	_, err = subprocess.CheckOutput([]string{"sh", "-c", "echo partial; echo bad >&2; exit 5"}, subprocess.Options{Stderr: subprocess.STDOUT, Text: true})
	if errors.As(err, &e) {
		fmt.Println("'"+strings.ReplaceAll(string(e.Output), "\n", "\\n")+"'", pyBytes(e.Stderr))
	}
	out, _ := subprocess.CheckOutput([]string{"printf", "x"}, subprocess.Options{Text: true})
	fmt.Println(string(out))
}
