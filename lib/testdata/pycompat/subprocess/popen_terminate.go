package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	p, _ := subprocess.NewPopen([]string{"sleep", "30"})
	p.Terminate()
	fmt.Println(p.Wait())
	fmt.Println(p)
	k, _ := subprocess.NewPopen([]string{"sleep", "30"})
	k.Kill()
	fmt.Println(k.Wait())
}
