package main

import (
	"errors"
	"fmt"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	for _, args := range [][]string{{"sh", "-c", "kill -9 $$"}, {"sh", "-c", "kill -15 $$"}, {"sh", "-c", "kill -2 $$"}} {
		_, err := subprocess.Run(args, subprocess.Options{Check: true})
		var e *subprocess.CalledProcessError
		if errors.As(err, &e) {
			fmt.Println(e.Returncode)
			fmt.Println(e)
		}
	}
	_, err := subprocess.Run([]string{"exit 4"}, subprocess.Options{Shell: true, Check: true})
	var e *subprocess.CalledProcessError
	if errors.As(err, &e) {
		fmt.Println(e, e.Cmd[0])
	}
}
