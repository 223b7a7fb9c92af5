package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	p, _ := subprocess.NewPopen([]string{"sh", "-c", "exit 2"})
	p.Wait()
	fmt.Println(p)
	q, _ := subprocess.NewPopen([]string{"true"})
	q.Wait()
	fmt.Println(q)
}
