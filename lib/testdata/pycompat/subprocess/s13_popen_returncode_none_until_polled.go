package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	p, _ := subprocess.NewPopen([]string{"true"})
	time.Sleep(300 * time.Millisecond)
	fmt.Println("returncode before poll:", pyAny(p.Returncode()))
	rc := p.Poll()
	fmt.Println("poll:", pyAny(rc), "returncode:", pyAny(p.Returncode()))
	q, _ := subprocess.NewPopen([]string{"sh", "-c", "exit 7"})
	w := q.Wait()
	fmt.Println("wait:", w, pyAny(q.Returncode()), pyAny(q.Poll()))
	fmt.Println(pyStrs(q.Args), pyStrs(p.Args))
}

func pyAny(v any) string {
	if v == nil {
		return "None"
	}
	return fmt.Sprint(v)
}

func pyStrs(xs []string) string {
	var q []string
	for _, x := range xs {
		q = append(q, "'"+x+"'")
	}
	return "[" + strings.Join(q, ", ") + "]"
}
