package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	for _, args := range [][]string{{"no-such-prog-s12"}, {"./no-such-prog-s12"}, {"/no/such/dir/prog"}} {
		_, err := subprocess.Run(args)
		var e *subprocess.FileNotFoundError
		if errors.As(err, &e) {
			fmt.Println("FileNotFoundError", 2, "No such file or directory", e.Name)
		}
	}
	r, _ := subprocess.Run([]string{"no-such-prog-s12"}, subprocess.Options{Shell: true, CaptureOutput: true, Text: true})
	found := "False"
	if strings.Contains(string(r.Stderr), "not found") {
		found = "True"
	}
	fmt.Println(r.Returncode, found)
}
