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

func main() {
	var ev threading.Event
	d := &threading.Thread{Target: ev.Wait, Name: "bg", Daemon: true}
	n := &threading.Thread{Target: ev.Wait, Name: "fg"}
	d.Start()
	n.Start()
	var items []string
	for _, t := range threading.Enumerate() {
		items = append(items, fmt.Sprintf("('%s', %s)", t.GetName(), pyBool(t.IsDaemon())))
	}
	sort.Strings(items)
	fmt.Println("[" + strings.Join(items, ", ") + "]")
	ev.Set()
	d.Join()
	n.Join()
	var names []string
	for _, t := range threading.Enumerate() {
		names = append(names, "'"+t.GetName()+"'")
	}
	fmt.Println("[" + strings.Join(names, ", ") + "]")
}
