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
	r, _ := subprocess.Run([]string{"echo $0 $1", "zero", "one"}, subprocess.Options{Shell: true, CaptureOutput: true, Text: true})
	fmt.Println(r)
	r, _ = subprocess.Run([]string{"echo \"$#\"; exit 300"}, subprocess.Options{Shell: true, CaptureOutput: true, Text: true})
	fmt.Println(r.Returncode)
	r, _ = subprocess.Run([]string{"sh", "-c", "exit 256"})
	fmt.Println(r.Returncode)
}
