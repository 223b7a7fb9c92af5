package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

var r threading.RLock

func try(f func()) (msg string) {
	defer func() {
		if x := recover(); x != nil {
			msg = fmt.Sprint(x)
		}
	}()
	f()
	return ""
}

func main() {
	r.Acquire()
	var errs []string
	other := func() {
		if m := try(r.Release); m != "" {
			_, m, _ = strings.Cut(m, ": ")
			errs = append(errs, "'"+m+"'")
		}
		errs = append(errs, pyBool(r.TryAcquire()))
	}
	t := &threading.Thread{Target: other}
	t.Start()
	t.Join()
	fmt.Println("[" + strings.Join(errs, ", ") + "]")
	r.Release()
	fmt.Println(try(r.Release))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
