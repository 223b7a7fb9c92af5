package main

import (
	"errors"
	"fmt"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	_, err := subprocess.Run([]string{"sh", "-c", "kill -TERM $$"}, subprocess.Options{Check: true})
	var e *subprocess.CalledProcessError
	if errors.As(err, &e) {
		fmt.Println(e)
		fmt.Println(e.Returncode)
	}
	r, _ := subprocess.Run([]string{"sh", "-c", "kill -KILL $$"})
	fmt.Println(r.Returncode)
	if err := r.CheckReturncode(); errors.As(err, &e) {
		fmt.Println(e)
	}
}
