package main

import (
	"fmt"
	"syscall"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	p, _ := subprocess.NewPopen([]string{"sleep", "30"})
	p.SendSignal(syscall.SIGINT)
	fmt.Println(p.Wait())
	p, _ = subprocess.NewPopen([]string{"sleep", "30"})
	p.SendSignal(syscall.SIGHUP)
	fmt.Println(p.Wait())
	p.SendSignal(syscall.SIGTERM)
	fmt.Println(p.Returncode())
}
