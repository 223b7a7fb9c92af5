package main

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/subprocess"
)

var _ = errors.As
var _ = strings.Cut
var _ = time.Second

func rep(b []byte) string {
	if b == nil {
		return "None"
	}
	return "b'" + strings.ReplaceAll(string(b), "\n", `\n`) + "'"
}

func main() {
	r, _ := subprocess.Run([]string{"printf", "a\\r\\nb\\rc\\n"}, subprocess.Options{CaptureOutput: true, Text: true})
	fmt.Printf("'%s'\n", strings.ReplaceAll(string(r.Stdout), "\n", "\\n"))
	r, _ = subprocess.Run([]string{"printf", "a\\r\\nb\\rc\\n"}, subprocess.Options{CaptureOutput: true})
	fmt.Printf("b'%s'\n", strings.NewReplacer("\r", "\\r", "\n", "\\n").Replace(string(r.Stdout)))
	r, _ = subprocess.Run([]string{"sh", "-c", "printf 'x\\r\\n' >&2"}, subprocess.Options{CaptureOutput: true, Text: true})
	fmt.Printf("'%s' '%s'\n", strings.ReplaceAll(string(r.Stderr), "\n", "\\n"), r.Stdout)
}
