package main

import (
	"fmt"
	"syscall"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	for _, how := range []string{"terminate", "kill", "sigint"} {
		p, _ := subprocess.NewPopen([]string{"sleep", "10"})
		switch how {
		case "terminate":
			p.Terminate()
		case "kill":
			p.Kill()
		default:
			p.SendSignal(syscall.SIGINT)
		}
		code := p.Wait()
		fmt.Println(how, code, p.Returncode(), p.Poll())
		cp := subprocess.CompletedProcess{Args: p.Args, Returncode: code}
		if err := cp.CheckReturncode(); err != nil {
			fmt.Println(err)
		}
	}
}
