package main

import (
	"errors"
	"fmt"
	"regexp"
	"time"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func py(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	// An expired timeout without a pipe: CPython reports the time left when it
	// waited, a little below the timeout given (0 -> about -1e-05).
	after := regexp.MustCompile(`after -?[0-9.e-]+ seconds`)
	var e *subprocess.TimeoutExpired
	for _, c := range []struct {
		t float64
		d time.Duration
	}{{0, subprocess.ZeroTimeout}, {-1, -time.Second}} {
		_, err := subprocess.Run([]string{"sleep", "5"}, subprocess.Options{Timeout: c.d})
		if errors.As(err, &e) {
			s := e.Timeout.Seconds()
			fmt.Println(c.t, "below the timeout given:", py(c.t-0.5 < s && s < c.t))
			fmt.Println(after.ReplaceAllString(e.Error(), "after T seconds"))
		}
	}
	p, _ := subprocess.NewPopen([]string{"sleep", "5"})
	if _, _, err := p.CommunicateTimeout(0); errors.As(err, &e) {
		s := e.Timeout.Seconds()
		fmt.Println("communicate(timeout=0):", py(-0.5 < s && s < 0))
	}
	p.Kill()
	p.Wait()
	// With a pipe, or through call(), the timeout given.
	_, err := subprocess.Run([]string{"sleep", "5"}, subprocess.Options{Timeout: subprocess.ZeroTimeout, CaptureOutput: true})
	if errors.As(err, &e) {
		fmt.Println("captured:", e.Timeout.Seconds(), e)
	}
	_, err = subprocess.Call([]string{"sleep", "5"}, subprocess.Options{Timeout: -time.Second})
	if errors.As(err, &e) {
		fmt.Println("call:", e.Timeout.Seconds(), e)
	}
}
