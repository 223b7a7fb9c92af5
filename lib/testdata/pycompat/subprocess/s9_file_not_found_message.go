package main

import (
	"errors"
	"fmt"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	_, err := subprocess.Run([]string{"no-such-program-s9"})
	var e *subprocess.FileNotFoundError
	if errors.As(err, &e) {
		fmt.Println("FileNotFoundError:", e)
		fmt.Println(2, e.Name)
	}
}
