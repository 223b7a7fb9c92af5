package main

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	_, err := subprocess.CheckOutput([]string{"sleep", "5"}, subprocess.Options{Timeout: 200 * time.Millisecond})
	var e *subprocess.TimeoutExpired
	if errors.As(err, &e) {
		fmt.Println(e)
		if e.Output == nil {
			fmt.Println("None")
		} else {
			fmt.Println("b'" + string(e.Output) + "'")
		}
	}
	out, _ := subprocess.CheckOutput([]string{"echo", "quick"}, subprocess.Options{Timeout: 5 * time.Second})
	fmt.Println("b'" + strings.ReplaceAll(string(out), "\n", `\n`) + "'")
}
