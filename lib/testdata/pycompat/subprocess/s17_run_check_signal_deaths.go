package main

import (
	"errors"
	"fmt"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	for _, sig := range []string{"TERM", "KILL", "INT", "USR1", "HUP"} {
		_, err := subprocess.Run([]string{"sh", "-c", "kill -" + sig + " $$"}, subprocess.Options{Check: true})
		var e *subprocess.CalledProcessError
		if errors.As(err, &e) {
			fmt.Println(e.Returncode, e)
		}
	}
	r, _ := subprocess.Run([]string{"sh", "-c", "kill -KILL $$"})
	fmt.Println(r.Returncode, r)
}
