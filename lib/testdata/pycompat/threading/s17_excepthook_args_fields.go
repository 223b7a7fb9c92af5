package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

var _ = errors.Is
var _ = sort.Ints
var _ = strings.Cut
var _ = time.Second

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

var t *threading.Thread

func main() {
	got := map[string]string{}
	threading.ExceptHook = func(a threading.ExceptHookArgs) {
		got["thread_ok"] = pyBool(a.Thread == t)
		got["tb"] = pyBool(len(a.Stack) > 0)
		got["alive"] = pyBool(a.Thread.IsAlive())
		_, msg, _ := strings.Cut(fmt.Sprint(a.ExcValue), ": ")
		got["value"] = "'" + msg + "'"
	}
	t = &threading.Thread{Target: func() { panic("ZeroDivisionError: division by zero") }, Name: "div"}
	t.Start()
	t.Join()
	var keys []string
	for k := range got {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var items []string
	for _, k := range keys {
		items = append(items, fmt.Sprintf("('%s', %s)", k, got[k]))
	}
	fmt.Println("["+strings.Join(items, ", ")+"]", pyBool(t.IsAlive()))
}
