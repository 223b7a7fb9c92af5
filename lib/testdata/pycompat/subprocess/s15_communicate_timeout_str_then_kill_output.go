package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	p, err := subprocess.NewPopen([]string{"sh", "-c", "echo started; exec sleep 30"},
		subprocess.Options{Stdout: subprocess.PIPE, Stderr: subprocess.STDOUT, Text: true})
	if err != nil {
		fmt.Println(err)
		return
	}
	_, _, err = p.CommunicateTimeout(500 * time.Millisecond)
	var te *subprocess.TimeoutExpired
	if errors.As(err, &te) {
		fmt.Println("TimeoutExpired:", te)
		poll := p.Poll()
		if poll == nil {
			poll = "None"
		}
		fmt.Println(te.Timeout.Seconds(), te.Cmd[0], poll)
	}
	p.Kill()
	out, errb, _ := p.Communicate()
	e := "None"
	if errb != nil {
		e = string(errb)
	}
	fmt.Printf("'%s' %s %v\n", fmt.Sprintf("%s", out[:len(out)-1])+`\n`, e, p.Returncode())
}
