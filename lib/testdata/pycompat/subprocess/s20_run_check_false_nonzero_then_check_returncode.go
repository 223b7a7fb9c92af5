package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func rep(b []byte) string { return "'" + strings.ReplaceAll(string(b), "\n", `\n`) + "'" }

func main() {
	for _, code := range []int{0, 1, 2} {
		r, _ := subprocess.Run([]string{"sh", "-c", fmt.Sprintf("echo out$0; exit %d", code)}, subprocess.Options{CaptureOutput: true, Text: true})
		fmt.Println(r.Returncode, rep(r.Stdout))
		err := r.CheckReturncode()
		var e *subprocess.CalledProcessError
		if errors.As(err, &e) {
			fmt.Println("CalledProcessError", e.Returncode, rep(e.Output), rep(e.Stderr))
		} else {
			fmt.Println("None")
		}
	}
}
