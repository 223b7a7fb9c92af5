package main

import (
	"errors"
	"fmt"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	_, err := subprocess.Run([]string{"false"}, subprocess.Options{Check: true})
	var e *subprocess.CalledProcessError
	if errors.As(err, &e) {
		fmt.Println(e)
		fmt.Println(e.Returncode, fmt.Sprintf("['%s']", e.Cmd[0]), pyNone(e.Output), pyNone(e.Stderr))
	}
	_, err = subprocess.Run([]string{"sh", "-c", "exit 3"}, subprocess.Options{Check: true})
	if errors.As(err, &e) {
		fmt.Println(e)
	}
}

func pyNone(b []byte) any {
	if b == nil {
		return "None"
	}
	return string(b)
}
