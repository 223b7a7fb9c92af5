package main

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	var e *subprocess.TimeoutExpired
	_, err := subprocess.Run([]string{"sleep", "2"}, subprocess.Options{Timeout: -time.Second})
	if errors.As(err, &e) {
		fmt.Println("run: TimeoutExpired", "['"+strings.Join(e.Cmd, "', '")+"']")
	}
	if _, err := subprocess.Call([]string{"sleep", "2"}, subprocess.Options{Timeout: -500 * time.Millisecond}); err != nil {
		fmt.Println(err)
	}
	if _, err := subprocess.CheckOutput([]string{"sleep", "2"}, subprocess.Options{Timeout: -time.Second}); err != nil {
		fmt.Println(err)
	}
	p, _ := subprocess.NewPopen([]string{"sleep", "2"})
	if _, err := p.WaitTimeout(-time.Second); err != nil {
		fmt.Println(err)
	}
	p.Kill()
	fmt.Println(p.Wait())
}
