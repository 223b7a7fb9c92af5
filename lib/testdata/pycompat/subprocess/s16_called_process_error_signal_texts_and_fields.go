package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func repr(b []byte) string {
	if b == nil {
		return "None"
	}
	return "'" + strings.ReplaceAll(string(b), "\n", `\n`) + "'"
}

func main() {
	for _, cmd := range [][]string{{"sh", "-c", "echo partial; kill -9 $$"}, {"sh", "-c", "kill -15 $$"}, {"sh", "-c", "echo out; echo err >&2; exit 4"}} {
		_, err := subprocess.Run(cmd, subprocess.Options{Check: true, CaptureOutput: true, Text: true})
		var e *subprocess.CalledProcessError
		if errors.As(err, &e) {
			fmt.Println(e)
			fmt.Printf(" returncode=%d output=%s stdout=%s stderr=%s\n", e.Returncode, repr(e.Output), repr(e.Output), repr(e.Stderr))
		}
	}
	err := subprocess.CheckCall([]string{"exit 2"}, subprocess.Options{Shell: true})
	var e *subprocess.CalledProcessError
	if errors.As(err, &e) {
		fmt.Println(e, e.Cmd[0], repr(e.Output))
	}
	cp, _ := subprocess.Run([]string{"false"})
	if err := cp.CheckReturncode(); errors.As(err, &e) {
		fmt.Println("check_returncode:", e, repr(e.Output))
	}
}
