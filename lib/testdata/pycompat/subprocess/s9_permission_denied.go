package main

import (
	"errors"
	"fmt"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	_, err := subprocess.Run([]string{"/etc/passwd"})
	var e *subprocess.PermissionError
	if errors.As(err, &e) {
		fmt.Println("PermissionError:", e)
	}
}
