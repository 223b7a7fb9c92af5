package main

import (
	"fmt"
	"regexp"

	"github.com/gonotes/gonotes/lib/threading"
)

var out []string
var done threading.Event

func f() {
	t := threading.CurrentThread()
	r := regexp.MustCompile(`daemon \d+`).ReplaceAllString(t.String(), "daemon N")
	out = append(out, fmt.Sprintf("('%s', %s, %s, '%s')", t.GetName(), pyBool(t.IsDaemon()), pyBool(t.IsAlive()), r))
	done.Set()
}

func noop() {}

func main() {
	a := &threading.Thread{Target: noop}
	a.Start()
	a.Join()
	go f()
	done.Wait()
	fmt.Printf("[%s]\n", out[0])
	fmt.Println(a.GetName())
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
