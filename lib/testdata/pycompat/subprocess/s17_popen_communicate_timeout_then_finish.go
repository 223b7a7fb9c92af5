package main

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	p, _ := subprocess.NewPopen([]string{"sh", "-c", "echo first; sleep 0.5; echo second"}, subprocess.Options{Stdout: subprocess.PIPE, Text: true})
	_, _, err := p.CommunicateTimeout(100 * time.Millisecond)
	var e *subprocess.TimeoutExpired
	if errors.As(err, &e) {
		fmt.Println("TimeoutExpired:", e)
	}
	out, errb, _ := p.Communicate()
	fmt.Println("'"+strings.ReplaceAll(string(out), "\n", `\n`)+"'", map[bool]string{true: "None"}[errb == nil], p.Returncode())
}
