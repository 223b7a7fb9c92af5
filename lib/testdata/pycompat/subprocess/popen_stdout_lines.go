package main

import (
	"bufio"
	"fmt"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	p, _ := subprocess.NewPopen([]string{"sh", "-c", "for i in 1 2 3; do echo line $i; done"}, subprocess.Options{Stdout: subprocess.PIPE, Text: true})
	sc := bufio.NewScanner(p.StdoutPipe)
	for sc.Scan() {
		fmt.Println("got:", sc.Text())
	}
	p.StdoutPipe.Close()
	fmt.Println(p.Wait())
}
