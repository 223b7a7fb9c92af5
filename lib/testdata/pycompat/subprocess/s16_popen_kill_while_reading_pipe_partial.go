package main

import (
	"bufio"
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	p, _ := subprocess.NewPopen([]string{"sh", "-c", "echo ready; exec sleep 30"}, subprocess.Options{Stdout: subprocess.PIPE, Text: true})
	line, _ := bufio.NewReader(p.StdoutPipe).ReadString('\n')
	fmt.Println(strings.TrimSpace(line))
	p.Kill()
	rest, errb, _ := p.Communicate()
	e := "None"
	if errb != nil {
		e = string(errb)
	}
	fmt.Printf("'%s' %s %v %v\n", rest, e, p.Returncode(), p.Poll())
}
