package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	p, _ := subprocess.NewPopen([]string{"sh", "-c", "exit 3"})
	p.Wait()
	fmt.Println(p)
	q, _ := subprocess.NewPopen([]string{"exit 0"}, subprocess.Options{Shell: true})
	q.Wait()
	fmt.Println(q)
}
