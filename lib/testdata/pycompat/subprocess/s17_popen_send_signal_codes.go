package main

import (
	"fmt"
	"syscall"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	names := []string{"SIGUSR1", "SIGINT", "SIGTERM", "SIGKILL"}
	for i, sig := range []syscall.Signal{syscall.SIGUSR1, syscall.SIGINT, syscall.SIGTERM, syscall.SIGKILL} {
		p, _ := subprocess.NewPopen([]string{"sleep", "30"})
		p.SendSignal(sig)
		fmt.Println(names[i], p.Wait(), p.Returncode())
	}
	p, _ := subprocess.NewPopen([]string{"true"})
	p.Wait()
	p.SendSignal(syscall.SIGTERM)
	p.Kill()
	p.Terminate()
	fmt.Println("signals after exit are ignored", p.Returncode())
}
