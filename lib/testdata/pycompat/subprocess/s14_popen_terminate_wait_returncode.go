package main

import (
	"fmt"
	"syscall"
	"time"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	p, _ := subprocess.NewPopen([]string{"sleep", "30"})
	fmt.Println("poll while running:", pyAny(p.Poll()))
	p.Terminate()
	w, _ := p.WaitTimeout(10 * time.Second)
	fmt.Println("wait:", w, "signal:", map[bool]string{true: "True", false: "False"}[-p.Returncode().(int) == int(syscall.SIGTERM)])
	q, _ := subprocess.NewPopen([]string{"sh", "-c", "exec sleep 30"})
	q.SendSignal(syscall.SIGINT)
	w, _ = q.WaitTimeout(10 * time.Second)
	fmt.Println("SIGINT:", w)
	r, _ := subprocess.NewPopen([]string{"sleep", "30"})
	r.Kill()
	w, _ = r.WaitTimeout(10 * time.Second)
	fmt.Println("kill:", w, pyAny(r.Poll()))
}

func pyAny(v any) string {
	if v == nil {
		return "None"
	}
	return fmt.Sprint(v)
}
