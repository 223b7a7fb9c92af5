package main

import (
	"fmt"
	"syscall"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	p, _ := subprocess.NewPopen([]string{"sleep", "10"})
	p.SendSignal(syscall.SIGINT)
	fmt.Println(p.Wait())
	p, _ = subprocess.NewPopen([]string{"sleep", "10"})
	p.SendSignal(syscall.SIGUSR1)
	fmt.Println(p.Wait(), p.Returncode())
}
