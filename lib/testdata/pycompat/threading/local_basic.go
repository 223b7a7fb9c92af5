package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

var data threading.Local
var seen []string
var lock threading.Lock

func w(i int) {
	_, printHas := data.Lookup("x")
	data.Set("x", i)
	lock.Acquire()
	seen = append(seen, fmt.Sprintf("(%d, %s, %v)", i, pyBool(printHas), data.Get("x")))
	lock.Release()
}

func main() {
	data.Set("x", "main")
	var ts []*threading.Thread
	for i := range 3 {
		ts = append(ts, &threading.Thread{Target: func() { w(i) }})
	}
	for _, t := range ts {
		t.Start()
	}
	for _, t := range ts {
		t.Join()
	}
	sort.Strings(seen)
	fmt.Println("[" + strings.Join(seen, ", ") + "]")
	fmt.Println(data.Get("x"))
	data.Delete("x")
	func() {
		defer func() {
			if e := recover(); e != nil {
				fmt.Println(e)
			}
		}()
		data.Get("x")
	}()
	v, _ := data.Lookup("x")
	if v == nil {
		fmt.Println("None")
	}
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
