package main

import (
	"fmt"
	"syscall"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func none(v any) any {
	if v == nil {
		return "None"
	}
	return v
}

func main() {
	for _, how := range []string{"terminate", "kill", "int"} {
		p, _ := subprocess.NewPopen([]string{"sleep", "10"})
		fmt.Println(none(p.Poll()), none(p.Returncode()))
		switch how {
		case "terminate":
			p.Terminate()
		case "kill":
			p.Kill()
		default:
			p.SendSignal(syscall.SIGINT)
		}
		fmt.Println(how, p.Wait(), none(p.Returncode()), none(p.Poll()))
	}
}
