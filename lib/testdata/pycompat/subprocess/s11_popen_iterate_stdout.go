package main

import (
	"bufio"
	"fmt"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	p, _ := subprocess.NewPopen([]string{"printf", "one\ntwo\nthree\n"}, subprocess.Options{Stdout: subprocess.PIPE, Text: true})
	sc := bufio.NewScanner(p.StdoutPipe)
	i := 1
	for sc.Scan() {
		fmt.Println(i, sc.Text())
		i++
	}
	p.StdoutPipe.Close()
	fmt.Println(p.Wait())
}
