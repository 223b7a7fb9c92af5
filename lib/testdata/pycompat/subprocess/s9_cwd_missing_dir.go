package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	_, err := subprocess.Run([]string{"pwd"}, subprocess.Options{Cwd: "/no/such/dir/s9"})
	var e *subprocess.FileNotFoundError
	if errors.As(err, &e) {
		fmt.Println("FileNotFoundError:", e)
	}
	r, _ := subprocess.Run([]string{"pwd"}, subprocess.Options{Cwd: "/", CaptureOutput: true, Text: true})
	fmt.Println(strings.TrimSpace(string(r.Stdout)))
}
