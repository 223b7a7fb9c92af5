package main

import (
	"errors"
	"fmt"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	r, _ := subprocess.Run([]string{"sh", "-c", "kill -TERM $$"})
	fmt.Println(r.Returncode)
	r, _ = subprocess.Run([]string{"kill -KILL $$"}, subprocess.Options{Shell: true})
	fmt.Println(r.Returncode)
	_, err := subprocess.Run([]string{"sh", "-c", "kill -INT $$"}, subprocess.Options{Check: true})
	var e *subprocess.CalledProcessError
	if errors.As(err, &e) {
		fmt.Println(e.Returncode, e)
	}
}
