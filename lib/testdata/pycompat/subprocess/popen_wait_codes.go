package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	for _, code := range []int{0, 1, 4, 255} {
		p, _ := subprocess.NewPopen([]string{"sh", "-c", fmt.Sprintf("exit %d", code)})
		fmt.Println(p.Wait(), p.Returncode(), p.Poll())
	}
	p, _ := subprocess.NewPopen([]string{"sh", "-c", "kill -INT $$"})
	fmt.Println(p.Wait())
}
