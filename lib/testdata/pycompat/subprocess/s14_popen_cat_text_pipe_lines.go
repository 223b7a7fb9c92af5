package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	p, _ := subprocess.NewPopen([]string{"cat"}, subprocess.Options{Stdin: subprocess.PIPE, Stdout: subprocess.PIPE, Text: true})
	for _, word := range []string{"red", "green", "blue"} {
		io.WriteString(p.StdinPipe, word+"\n")
	}
	p.StdinPipe.Close()
	var lines []string
	sc := bufio.NewScanner(p.StdoutPipe)
	for sc.Scan() {
		lines = append(lines, "'"+sc.Text()+"'")
	}
	p.StdoutPipe.Close()
	code := p.Wait()
	fmt.Println("["+strings.Join(lines, ", ")+"]", code, p.Returncode())
	p, _ = subprocess.NewPopen([]string{"tr", "a-z", "A-Z"}, subprocess.Options{Stdin: subprocess.PIPE, Stdout: subprocess.PIPE, Text: true})
	out, errOut, _ := p.Communicate("quiet words\n")
	e := "None"
	if errOut != nil {
		e = string(errOut)
	}
	fmt.Println(fmt.Sprintf("'%s\\n'", strings.TrimSuffix(string(out), "\n")), e, p.Returncode())
}
