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
	fmt.Println("running:", none(p.Poll()), none(p.Returncode()))
	p.Terminate()
	w := p.Wait()
	fmt.Println("wait:", w, "poll:", none(p.Poll()), "returncode:", none(p.Returncode()))
	fmt.Println(map[bool]string{true: "True", false: "False"}[-p.Returncode().(int) == int(syscall.SIGTERM)])
	p, _ = subprocess.NewPopen([]string{"sleep", "30"})
	p.Kill()
	w = p.Wait()
	fmt.Println("killed:", w, none(p.Returncode()))
	p.Kill()
	p.Terminate()
	fmt.Println("signals after the end do nothing:", none(p.Poll()))
	p, _ = subprocess.NewPopen([]string{"sh", "-c", "exit 7"})
	w = p.Wait()
	w2, _ := p.WaitTimeout(0)
	fmt.Println("exit 7:", w, w2)
	p, _ = subprocess.NewPopen([]string{"sleep", "30"})
	p.SendSignal(syscall.SIGINT)
	fmt.Println("SIGINT:", p.Wait())
	fmt.Println(p)
	_ = time.Second
}
