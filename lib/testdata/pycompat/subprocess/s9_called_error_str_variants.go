package main

import (
	"errors"
	"fmt"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	for _, cmd := range [][]string{{"sh", "-c", "exit 1"}, {"sh", "-c", "exit 127"}, {"sh", "-c", "kill -9 $$"}, {"sh", "-c", "kill -15 $$"}} {
		_, err := subprocess.Run(cmd, subprocess.Options{Check: true})
		var e *subprocess.CalledProcessError
		if errors.As(err, &e) {
			fmt.Println(e)
			fmt.Println(e.Returncode)
		}
	}
}
