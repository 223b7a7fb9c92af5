package main

import (
	"fmt"
	"syscall"
	"time"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func none(v any) any {
	if v == nil {
		return "None"
	}
	return v
}

func main() {
	p, _ := subprocess.NewPopen([]string{"sleep", "30"})
	fmt.Println(none(p.Poll()), none(p.Returncode()))
	p.SendSignal(syscall.SIGUSR1)
	for p.Poll() == nil {
		time.Sleep(10 * time.Millisecond)
	}
	w := p.Wait()
	w0, _ := p.WaitTimeout(0)
	fmt.Println(none(p.Poll()), none(p.Returncode()), w, w0)
	p.Terminate()
	p.Kill()
	p.SendSignal(syscall.SIGTERM)
	fmt.Println(none(p.Returncode()))
	q, _ := subprocess.NewPopen([]string{"sh", "-c", "exit 7"})
	fmt.Println(q.Wait(), none(q.Poll()), none(q.Returncode()))
}
