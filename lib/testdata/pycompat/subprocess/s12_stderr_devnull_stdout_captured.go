package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	r, _ := subprocess.Run([]string{"sh", "-c", "echo visible; echo hidden >&2; exit 1"}, subprocess.Options{Stdout: subprocess.PIPE, Stderr: subprocess.DEVNULL, Text: true})
	e := "None"
	if r.Stderr != nil {
		e = string(r.Stderr)
	}
	fmt.Println(strings.TrimSpace(string(r.Stdout)), e, r.Returncode)
	var cpe *subprocess.CalledProcessError
	if err := r.CheckReturncode(); errors.As(err, &cpe) {
		fmt.Println(cpe, strings.TrimSpace(string(cpe.Output)))
	}
}
