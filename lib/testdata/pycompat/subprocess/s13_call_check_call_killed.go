package main

import (
	"errors"
	"fmt"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	rc, _ := subprocess.Call([]string{"sh", "-c", "kill -KILL $$"})
	fmt.Println("call:", rc)
	var e *subprocess.CalledProcessError
	if err := subprocess.CheckCall([]string{"sh", "-c", "kill -TERM $$"}); errors.As(err, &e) {
		fmt.Println("check_call:", e.Returncode, e)
	}
	if _, err := subprocess.CheckOutput([]string{"kill -HUP $$"}, subprocess.Options{Shell: true}); errors.As(err, &e) {
		fmt.Printf("check_output: %d b'%s' %v\n", e.Returncode, e.Output, e)
	}
}
