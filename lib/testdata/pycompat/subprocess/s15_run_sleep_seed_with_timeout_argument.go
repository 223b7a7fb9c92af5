package main

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	_, err := subprocess.Run([]string{"sleep", "10"}, subprocess.Options{Timeout: 300 * time.Millisecond})
	var e *subprocess.TimeoutExpired
	if errors.As(err, &e) {
		fmt.Println("timed out:", "['"+strings.Join(e.Cmd, "', '")+"']", map[bool]string{true: "True", false: "False"}[e.Timeout > 0 && e.Timeout <= 300*time.Millisecond])
	}
	r, _ := subprocess.Run([]string{"sleep", "0"})
	fmt.Println(r)
}
