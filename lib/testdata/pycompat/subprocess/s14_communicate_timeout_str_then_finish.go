package main

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	p, _ := subprocess.NewPopen([]string{"sh", "-c", "echo started; exec sleep 30"}, subprocess.Options{Stdout: subprocess.PIPE, Text: true})
	_, _, err := p.CommunicateTimeout(time.Second)
	var te *subprocess.TimeoutExpired
	if errors.As(err, &te) {
		fmt.Println(err)
		fmt.Println(te.Timeout.Seconds(), "['"+strings.Join(te.Cmd, "', '")+"']")
	}
	p.Kill()
	out, errOut, _ := p.Communicate()
	e := "None"
	if errOut != nil {
		e = string(errOut)
	}
	fmt.Printf("'%s\\n' %s %v\n", strings.TrimSuffix(string(out), "\n"), e, p.Returncode())
}
