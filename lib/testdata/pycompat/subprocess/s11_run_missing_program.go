package main

import (
	"errors"
	"fmt"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	for _, cmd := range [][]string{{"definitely-not-a-command-s11"}, {"./nope-s11.sh"}} {
		_, err := subprocess.Run(cmd)
		var e *subprocess.FileNotFoundError
		if errors.As(err, &e) {
			fmt.Println("FileNotFoundError", 2, e.Name, e)
		}
	}
	r, _ := subprocess.Run([]string{"definitely-not-a-command-s11"}, subprocess.Options{Shell: true, CaptureOutput: true})
	fmt.Println(r.Returncode)
}
