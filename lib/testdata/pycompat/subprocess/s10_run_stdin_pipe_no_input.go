package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	r, err := subprocess.Run([]string{"cat"}, subprocess.Options{Stdin: subprocess.PIPE, CaptureOutput: true, Timeout: 10 * time.Second})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("b'%s' %d\n", r.Stdout, r.Returncode)
	r, _ = subprocess.Run([]string{"wc", "-l"}, subprocess.Options{Stdin: subprocess.PIPE, CaptureOutput: true, Text: true, Timeout: 10 * time.Second})
	fmt.Println(strings.TrimSpace(string(r.Stdout)), r.Returncode)
	p, _ := subprocess.NewPopen([]string{"cat"}, subprocess.Options{Stdin: subprocess.PIPE, Stdout: subprocess.PIPE})
	out, _, _ := p.Communicate()
	fmt.Printf("b'%s' %v\n", out, p.Returncode())
}
