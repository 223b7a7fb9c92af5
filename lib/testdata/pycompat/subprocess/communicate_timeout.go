package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	p, _ := subprocess.NewPopen([]string{"sh", "-c", "echo first; sleep 5; echo second"}, subprocess.Options{Stdout: subprocess.PIPE, Text: true})
	if _, _, err := p.CommunicateTimeout(500 * time.Millisecond); err != nil {
		fmt.Println(err)
	}
	p.Kill()
	out, errb, _ := p.Communicate()
	e := "None"
	if errb != nil {
		e = string(errb)
	}
	fmt.Println("'"+strings.ReplaceAll(string(out), "\n", "\\n")+"'", e, p.Returncode())
}
