package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	p, _ := subprocess.NewPopen([]string{"sleep", "10"})
	p.Kill()
	fmt.Println(p.Wait())
	p, _ = subprocess.NewPopen([]string{"sleep", "10"})
	p.Terminate()
	fmt.Println(p.Wait(), p.Returncode())
}
