package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func repr(b []byte) string {
	return "'" + strings.ReplaceAll(string(b), "\n", `\n`) + "'"
}

func main() {
	cmd := []string{"sh", "-c", "echo out; echo oops >&2; exit 3"}
	r, _ := subprocess.Run(cmd, subprocess.Options{CaptureOutput: true, Text: true})
	fmt.Println(r.Returncode, repr(r.Stdout), repr(r.Stderr))
	_, err := subprocess.Run(cmd, subprocess.Options{CaptureOutput: true, Text: true, Check: true})
	var e *subprocess.CalledProcessError
	if errors.As(err, &e) {
		fmt.Println(e)
		fmt.Println(e.Returncode, repr(e.Output), repr(e.Output), repr(e.Stderr), "['"+strings.Join(e.Cmd, "', '")+"']")
	}
	if err := r.CheckReturncode(); errors.As(err, &e) {
		fmt.Println("check_returncode:", e.Returncode)
	}
}
