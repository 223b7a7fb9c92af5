package main

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	p, _ := subprocess.NewPopen([]string{"sh", "-c", "echo early; exec sleep 30"}, subprocess.Options{Stdout: subprocess.PIPE, Text: true})
	for _, t := range []struct {
		text string
		d    time.Duration
	}{{"0", 0}, {"-1", -time.Second}, {"0.3", 300 * time.Millisecond}} {
		_, _, err := p.CommunicateTimeout(t.d)
		var e *subprocess.TimeoutExpired
		if errors.As(err, &e) {
			fmt.Println("TimeoutExpired:", e, "| timeout", t.text)
		}
	}
	p.Kill()
	out, _, _ := p.Communicate()
	fmt.Printf("'%s' None %v\n", strings.ReplaceAll(string(out), "\n", `\n`), p.Returncode())
}
