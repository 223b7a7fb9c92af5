package main

import (
	"errors"
	"fmt"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	r, _ := subprocess.Run([]string{"ls", "-d", "/"})
	fmt.Println(r)
	_, err := subprocess.Run([]string{"exit 1"}, subprocess.Options{Shell: true, Check: true})
	var e *subprocess.CalledProcessError
	if errors.As(err, &e) {
		fmt.Println("subprocess.CalledProcessError:", e)
	}
	r, _ = subprocess.Run([]string{"ls", "-d", "/dev/null"}, subprocess.Options{CaptureOutput: true})
	fmt.Println(r)
}
