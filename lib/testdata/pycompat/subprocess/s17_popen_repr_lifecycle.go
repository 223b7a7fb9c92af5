package main

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/subprocess"
)

var _ = errors.As
var _ = strings.Cut
var _ = time.Second

func rep(b []byte) string {
	if b == nil {
		return "None"
	}
	return "b'" + strings.ReplaceAll(string(b), "\n", `\n`) + "'"
}

func main() {
	p, _ := subprocess.NewPopen([]string{"sleep", "30"})
	fmt.Println(p)
	p.Kill()
	p.Wait()
	fmt.Println(p)
	q, _ := subprocess.NewPopen([]string{"exit 3"}, subprocess.Options{Shell: true})
	q.Wait()
	fmt.Println(q)
}
