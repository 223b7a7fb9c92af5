package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	p, _ := subprocess.NewPopen([]string{"sleep", "0.1"})
	fmt.Println(p)
	p.Wait()
	fmt.Println(p)
	fmt.Printf("['%s', '%s']\n", p.Args[0], p.Args[1])
}
