package main

import (
	"errors"
	"fmt"
	"syscall"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	for _, sig := range []int{16, 29, 30, 34, 35, 64} {
		_, err := subprocess.Run([]string{"sh", "-c", fmt.Sprintf("kill -%d $$", sig)}, subprocess.Options{Check: true})
		var e *subprocess.CalledProcessError
		if errors.As(err, &e) {
			fmt.Println(e.Returncode, e)
		}
	}
	p, _ := subprocess.NewPopen([]string{"sleep", "30"})
	p.SendSignal(syscall.Signal(30))
	fmt.Println(p.Wait(), p.Returncode())
	rc, _ := subprocess.Call([]string{"sh", "-c", "kill -64 $$"})
	fmt.Println(rc)
}
