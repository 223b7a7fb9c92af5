package main

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	p, _ := subprocess.NewPopen([]string{"sleep", "3"})
	_, err := p.WaitTimeout(100 * time.Millisecond)
	var e *subprocess.TimeoutExpired
	if errors.As(err, &e) {
		fmt.Println(e)
		rc := p.Returncode()
		if rc == nil {
			rc = "None"
		}
		fmt.Println("['"+strings.Join(e.Cmd, "', '")+"']", e.Timeout.Seconds(), rc)
	}
	p.Kill()
	code, _ := p.WaitTimeout(5 * time.Second)
	fmt.Println(code)
	ok := "False"
	if p.Pid() > 0 {
		ok = "True"
	}
	fmt.Println(ok, "['"+strings.Join(p.Args, "', '")+"']")
}
