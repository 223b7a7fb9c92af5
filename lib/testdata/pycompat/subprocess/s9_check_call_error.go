package main

import (
	"errors"
	"fmt"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	if err := subprocess.CheckCall([]string{"true"}); err == nil {
		fmt.Println(0)
	}
	err := subprocess.CheckCall([]string{"sh", "-c", "exit 6"})
	var e *subprocess.CalledProcessError
	if errors.As(err, &e) {
		fmt.Println(e, e.Returncode, "['sh', '-c', 'exit 6']")
	}
}
