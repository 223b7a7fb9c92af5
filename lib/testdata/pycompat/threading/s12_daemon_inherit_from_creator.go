package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

var out = map[string]bool{}

func inner() {
	out["inner"] = threading.CurrentThread().IsDaemon()
}

func outer() {
	t := &threading.Thread{Target: inner}
	out["child_before_start"] = t.IsDaemon()
	t.Start()
	t.Join()
	u := &threading.Thread{Target: inner}
	u.SetDaemon(false)
	out["explicit_false"] = u.IsDaemon()
	u.Start()
	u.Join()
}

func show() string {
	var keys []string
	for k := range out {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var parts []string
	for _, k := range keys {
		parts = append(parts, fmt.Sprintf("('%s', %s)", k, pyBool(out[k])))
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

func main() {
	d := &threading.Thread{Target: outer, Daemon: true}
	d.Start()
	d.Join()
	fmt.Println(show())
	out = map[string]bool{}
	n := &threading.Thread{Target: outer}
	fmt.Println(pyBool(n.IsDaemon()), pyBool(threading.MainThread().IsDaemon()))
	n.Start()
	n.Join()
	fmt.Println(show())
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(r)
		}
	}()
	n.SetDaemon(true)
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
