package main

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	p, _ := subprocess.NewPopen([]string{"sh", "-c", "echo start; sleep 5"}, subprocess.Options{Stdout: subprocess.PIPE, Text: true})
	_, _, err := p.CommunicateTimeout(300 * time.Millisecond)
	var e *subprocess.TimeoutExpired
	if errors.As(err, &e) {
		fmt.Println(e)
	}
	p.Kill()
	out, _, _ := p.Communicate()
	fmt.Println("'"+strings.ReplaceAll(string(out), "\n", `\n`)+"'", p.Returncode())
}
