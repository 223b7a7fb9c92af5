package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	a, _ := subprocess.Call([]string{"true"})
	b, _ := subprocess.Call([]string{"false"})
	c, _ := subprocess.Call([]string{"exit 9"}, subprocess.Options{Shell: true})
	fmt.Println(a, b, c)
	d, _ := subprocess.Call([]string{"sh", "-c", "kill -15 $$"})
	fmt.Println(d)
	if err := subprocess.CheckCall([]string{"true"}); err == nil {
		fmt.Println(0)
	}
	err := subprocess.CheckCall([]string{"sh", "-c", "exit 3"})
	var e *subprocess.CalledProcessError
	if errors.As(err, &e) {
		fmt.Println(e.Returncode, "['"+strings.Join(e.Cmd, "', '")+"']", "None", "None")
	}
	_, err = subprocess.Call([]string{"definitely-not-a-program-xyz"})
	var nf *subprocess.FileNotFoundError
	if errors.As(err, &nf) {
		fmt.Println("FileNotFoundError:", 2, nf.Name)
	}
}
