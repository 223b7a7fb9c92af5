package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func rep(b []byte) string {
	if b == nil {
		return "None"
	}
	return "'" + strings.ReplaceAll(string(b), "\n", `\n`) + "'"
}

func main() {
	_, err := subprocess.CheckOutput([]string{"sh", "-c", "echo partial; echo oops >&2; exit 5"}, subprocess.Options{Stderr: subprocess.PIPE, Text: true})
	var e *subprocess.CalledProcessError
	if errors.As(err, &e) {
		fmt.Println(e.Returncode, rep(e.Output), rep(e.Output), rep(e.Stderr))
		fmt.Println(e)
	}
	_, err = subprocess.CheckOutput([]string{"echo bytes; exit 1"}, subprocess.Options{Shell: true})
	if errors.As(err, &e) {
		fmt.Println("b"+rep(e.Output), "None", e.Cmd[0])
		fmt.Println(e)
	}
	out, _ := subprocess.CheckOutput([]string{"printf", `a\r\nb\rc`}, subprocess.Options{Text: true})
	parts := strings.Split(string(out), "\n")
	fmt.Println("['" + strings.Join(parts, "', '") + "']")
}
