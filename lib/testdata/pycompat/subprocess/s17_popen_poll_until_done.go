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
	p, _ := subprocess.NewPopen([]string{"sh", "-c", "sleep 0.2; exit 6"})
	first := p.Poll()
	for p.Poll() == nil {
		time.Sleep(10 * time.Millisecond)
	}
	f := "None"
	if first != nil {
		f = fmt.Sprint(first)
	}
	fmt.Println(f, p.Poll(), p.Returncode(), p.Wait())
}
