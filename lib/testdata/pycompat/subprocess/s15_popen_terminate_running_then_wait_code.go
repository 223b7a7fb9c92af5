package main

import (
	"bufio"
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	p, _ := subprocess.NewPopen([]string{"sh", "-c", "echo ready; exec sleep 30"}, subprocess.Options{Stdout: subprocess.PIPE, Text: true})
	line, _ := bufio.NewReader(p.StdoutPipe).ReadString('\n')
	poll := p.Poll()
	if poll == nil {
		poll = "None"
	}
	fmt.Println(strings.TrimSpace(line), poll)
	p.Terminate()
	code, _ := p.WaitTimeout(10 * time.Second)
	fmt.Println(code, p.Returncode())
	p2, _ := subprocess.NewPopen([]string{"sleep", "30"})
	p2.Kill()
	fmt.Println(p2.Wait(), p2.Poll())
	if err := p2.Kill(); err != nil {
		fmt.Println("error:", err)
	}
	fmt.Println("second kill after exit is fine")
}
