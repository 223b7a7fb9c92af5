package main

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	p, _ := subprocess.NewPopen([]string{"sleep", "30"})
	for _, t := range []struct {
		text string
		d    time.Duration
	}{{"0", 0}, {"-1", -time.Second}, {"0.1", 100 * time.Millisecond}} {
		_, err := p.WaitTimeout(t.d)
		var e *subprocess.TimeoutExpired
		if errors.As(err, &e) {
			fmt.Println("TimeoutExpired:", e, "| cmd", pyStrs(e.Cmd), "timeout", t.text, "output", "None")
		}
	}
	fmt.Println("poll", pyAny(p.Poll()), "returncode", pyAny(p.Returncode()))
	p.Kill()
	rc, _ := p.WaitTimeout(5 * time.Second)
	fmt.Println("wait", rc, "poll", pyAny(p.Poll()))
}

func pyAny(v any) string {
	if v == nil {
		return "None"
	}
	return fmt.Sprint(v)
}

func pyStrs(xs []string) string {
	var q []string
	for _, x := range xs {
		q = append(q, "'"+x+"'")
	}
	return "[" + strings.Join(q, ", ") + "]"
}
