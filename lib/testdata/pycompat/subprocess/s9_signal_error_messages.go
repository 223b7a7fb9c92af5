package main

import (
	"errors"
	"fmt"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	for _, sig := range []string{"INT", "TERM", "KILL", "HUP"} {
		_, err := subprocess.Run([]string{"sh", "-c", "kill -" + sig + " $$"}, subprocess.Options{Check: true})
		var e *subprocess.CalledProcessError
		if errors.As(err, &e) {
			fmt.Println(e)
		}
	}
}
