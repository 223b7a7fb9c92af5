package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	for _, how := range []string{"terminate", "kill"} {
		p, _ := subprocess.NewPopen([]string{"sleep", "30"})
		if how == "terminate" {
			p.Terminate()
		} else {
			p.Kill()
		}
		fmt.Println(how, p.Wait(), p.Returncode(), p.Poll())
	}
	p, _ := subprocess.NewPopen([]string{"true"})
	p.Wait()
	p.Kill()
	fmt.Println("kill after exit", p.Returncode())
}
