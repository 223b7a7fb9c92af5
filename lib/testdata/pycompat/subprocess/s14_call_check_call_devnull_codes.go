package main

import (
	"errors"
	"fmt"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	a, _ := subprocess.Call([]string{"sh", "-c", "exit 0"})
	b, _ := subprocess.Call([]string{"sh", "-c", "exit 12"})
	fmt.Println(a, b)
	c, _ := subprocess.Call([]string{"echo quiet"}, subprocess.Options{Shell: true, Stdout: subprocess.DEVNULL})
	fmt.Println(c)
	if err := subprocess.CheckCall([]string{"true"}); err == nil {
		fmt.Println(0)
	}
	err := subprocess.CheckCall([]string{"sh", "-c", "exit 12"}, subprocess.Options{Stderr: subprocess.DEVNULL})
	var e *subprocess.CalledProcessError
	if errors.As(err, &e) {
		fmt.Println(e, "None", "None")
	}
}
